"""HTTP/1.1 keep-alive request handler for werkzeug's threaded dev server, lean enough for benchmarks.

Used only by the fake WeChat server; it speaks plain HTTP on 127.0.0.1 and nothing else.
"""

from __future__ import annotations

import io
import logging
import sys
from typing import Any
from urllib.parse import unquote_to_bytes

from werkzeug.serving import WSGIRequestHandler

MAX_LINE = 65536
MAX_HEADERS = 100
log = logging.getLogger(__name__)


class KeepAliveHandler(WSGIRequestHandler):
    """Serves many requests per connection, parsing each one with a few bytes operations.

    werkzeug's own run_wsgi always answers "Connection: close" and then drains the socket, which
    rules out keep-alive; http.server's header parsing goes through the email package. At 1,500+
    calls a second both cost more than the fake's own work, so this handler reads the request line,
    headers and exactly the body itself, builds the WSGI environ, and answers with Content-Length in
    a single write, keeping the connection open unless the client asked to close it.
    """

    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # one write per response; no Nagle/delayed-ACK stalls
    timeout = 60  # idle keep-alive connections are closed after a minute

    def log_request(self, code: int | str = "-", size: int | str = "-") -> None:
        """Quiet: the fake records calls itself, and a log line per call would slow the benchmark."""

    def handle_one_request(self) -> None:
        line = self.rfile.readline(MAX_LINE + 1)
        if not line:
            self.close_connection = True
            return
        parts = line.split()
        if len(line) > MAX_LINE or len(parts) != 3 or not parts[2].startswith(b"HTTP/1."):
            self._refuse(400, "Bad Request")
            return
        method, target, version = (p.decode("latin-1") for p in parts)
        self.command, self.path, self.request_version = method, target, version
        self.requestline = line.decode("latin-1").rstrip("\r\n")
        headers: dict[str, str] = {}
        for _ in range(MAX_HEADERS + 1):
            raw = self.rfile.readline(MAX_LINE + 1)
            if raw in (b"\r\n", b"\n", b""):
                break
            name, sep, value = raw.decode("latin-1").partition(":")
            if not sep:
                self._refuse(400, "Bad Request")
                return
            key = name.strip().lower()
            value = value.strip()
            headers[key] = f"{headers[key]},{value}" if key in headers else value
        else:
            self._refuse(431, "Request Header Fields Too Large")
            return
        connection = headers.get("connection", "").lower()
        self.close_connection = "close" in connection or (version == "HTTP/1.0" and "keep-alive" not in connection)
        if headers.get("expect", "").lower() == "100-continue":
            self.wfile.write(b"HTTP/1.1 100 Continue\r\n\r\n")
        try:
            if "chunked" in headers.get("transfer-encoding", "").lower():
                data = self._read_chunked()
            else:
                length = int(headers.get("content-length") or 0)
                data = self.rfile.read(length) if length > 0 else b""
        except ValueError:
            self._refuse(400, "Bad Request")
            return
        self._respond(self._environ(method, target, version, headers, data))

    def _environ(self, method: str, target: str, version: str, headers: dict[str, str], data: bytes) -> dict[str, Any]:
        if target.startswith(("http://", "https://")):  # absolute-form request target
            target = "/" + target.split("/", 3)[3] if target.count("/") >= 3 else "/"
        path, _, query = target.partition("?")
        environ: dict[str, Any] = {
            "wsgi.version": (1, 0),
            "wsgi.url_scheme": "http",
            "wsgi.input": io.BytesIO(data),
            "wsgi.errors": sys.stderr,
            "wsgi.multithread": True,
            "wsgi.multiprocess": False,
            "wsgi.run_once": False,
            "SERVER_SOFTWARE": "fake-wechat",
            "REQUEST_METHOD": method,
            "SCRIPT_NAME": "",
            "PATH_INFO": unquote_to_bytes(path).decode("latin-1"),
            "QUERY_STRING": query,
            "REQUEST_URI": target,
            "RAW_URI": target,
            "REMOTE_ADDR": self.client_address[0],
            "REMOTE_PORT": self.client_address[1],
            "SERVER_NAME": "127.0.0.1",
            "SERVER_PORT": str(self.server.server_port),
            "SERVER_PROTOCOL": version,
            "CONTENT_LENGTH": str(len(data)),
            "CONTENT_TYPE": headers.get("content-type", ""),
        }
        for key, value in headers.items():
            if "_" not in key and key not in ("content-type", "content-length"):
                environ["HTTP_" + key.upper().replace("-", "_")] = value
        self.environ = environ  # werkzeug's address_string() reads it
        return environ

    def _respond(self, environ: dict[str, Any]) -> None:
        captured: list[Any] = []

        def start_response(status: str, headers: list[tuple[str, str]], exc_info: Any = None) -> Any:
            captured[:] = [status, headers]
            return lambda chunk: None

        try:
            result = self.server.app(environ, start_response)
            try:
                body = b"".join(result)
            finally:
                close = getattr(result, "close", None)
                if close is not None:
                    close()
            status, headers = captured
        except Exception:  # a bug in the fake must not hang the client: answer 500 and close
            log.exception("fake_wechat crashed on %s %s", self.command, self.path)
            status, headers, body = "500 INTERNAL SERVER ERROR", [("Content-Type", "text/plain")], b"fake crashed"
            self.close_connection = True
        lines = [f"HTTP/1.1 {status}"]
        lines += [f"{k}: {v}" for k, v in headers if k.lower() not in ("content-length", "connection")]
        lines.append(f"Content-Length: {len(body)}")
        if self.close_connection:
            lines.append("Connection: close")
        head = ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")
        self.wfile.write(head if self.command == "HEAD" else head + body)

    def _read_chunked(self) -> bytes:
        chunks: list[bytes] = []
        while True:
            size = int(self.rfile.readline(MAX_LINE + 1).split(b";", 1)[0].strip() or b"0", 16)
            if size == 0:
                while self.rfile.readline(MAX_LINE + 1) not in (b"\r\n", b"\n", b""):
                    pass  # trailers
                return b"".join(chunks)
            chunks.append(self.rfile.read(size))
            self.rfile.readline(MAX_LINE + 1)

    def _refuse(self, code: int, reason: str) -> None:
        self.close_connection = True
        self.wfile.write(f"HTTP/1.1 {code} {reason}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n".encode())
