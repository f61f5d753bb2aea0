# The seeds' Python pattern with their "pip with requirements.txt" alternative (Poetry itself comes from
# PyPI, which is unreachable here). Changed: python:3.12-slim -> python:3.11-slim-bookworm (the stand-in);
# the builder creates site-packages, which the official image has and the stand-in's Debian Python does not.
FROM python:3.11-slim-bookworm AS builder
WORKDIR /app
RUN mkdir -p /usr/local/lib/python3.11/site-packages
COPY requirements.txt ./
RUN pip install --no-cache-dir -r requirements.txt

FROM python:3.11-slim-bookworm AS runner
WORKDIR /app
ENV PYTHONUNBUFFERED=1
COPY --from=builder /usr/local/lib/python3.11/site-packages /usr/local/lib/python3.11/site-packages
COPY . .
RUN useradd --create-home appuser
USER appuser
EXPOSE 8000
CMD ["python", "main.py"]
