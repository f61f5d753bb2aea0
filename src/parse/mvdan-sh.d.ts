// The package ships no types; these cover the part of its GopherJS API that shell.ts uses.
declare module 'mvdan-sh' {
  export interface ShPos {
    Offset(): number;
    Line(): number;
    Col(): number;
  }
  export interface ShNode {
    Pos(): ShPos;
    End(): ShPos;
    // biome-ignore lint/suspicious/noExplicitAny: GopherJS objects have no static shape
    [field: string]: any;
  }
  export interface ShParser {
    Parse(source: string, name: string): ShNode;
  }
  export interface ShParseError {
    Text: string;
    Pos: ShPos;
    Incomplete: boolean;
  }
  const sh: {
    syntax: {
      NewParser(...options: unknown[]): ShParser;
      KeepComments(keep: boolean): unknown;
      Variant(language: unknown): unknown;
      LangBash: unknown;
      LangPOSIX: unknown;
      NodeType(node: ShNode): string;
      Walk(node: ShNode, visit: (node: ShNode | null) => boolean): void;
    };
  };
  export default sh;
}
