"""Benchmark: the memory a cloud upload (and download) needs, on QGIS's network stack.

    python benchmarks/cloud_upload_memory.py [--size-mb 2048] [--download]

Makes a sparse file of ``--size-mb`` MiB (truncate: no disk space used) and uploads it with the
cloud transport (QHttpMultiPart streaming from a QFile) to a tiny loopback server in another
process that only counts the bytes it reads. Prints the resident memory of the uploading process
before the upload, its peak during the upload (the kernel's high-water mark, reset before the
upload), the growth in MB and as a share of the file size, and the throughput. ``--download``
then also downloads as many bytes from that server into a temporary file (needs the disk space).
Target: the peak grows by far less than the file size (under 5 %).
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import socket
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

MIB = 2 ** 20


def serve(listener: socket.socket, counted, size: int) -> None:
    """Answer one request per connection: a GET with ``size`` zero bytes, a POST with 201 after
    reading (and dropping) its body."""
    while True:
        conn, _ = listener.accept()
        with conn:
            data = b""
            while b"\r\n\r\n" not in data:
                data += conn.recv(65536)
            head, rest = data.split(b"\r\n\r\n", 1)
            if head.startswith(b"GET "):
                conn.sendall(b"HTTP/1.1 200 OK\r\nConnection: close\r\n" + f"Content-Length: {size}\r\n\r\n".encode())
                block = bytes(1024 * 1024)
                for offset in range(0, size, len(block)):
                    conn.sendall(block[:size - offset])
                continue
            length = next(int(line.split(b":", 1)[1]) for line in head.split(b"\r\n")
                          if line.lower().startswith(b"content-length:"))
            received = len(rest)
            while received < length:
                block = conn.recv(1024 * 1024)
                if not block:
                    break
                received += len(block)
            counted.value = received
            body = json.dumps({"size": received}).encode()
            conn.sendall(b"HTTP/1.1 201 Created\r\nContent-Type: application/json\r\nConnection: close\r\n"
                         + f"Content-Length: {len(body)}\r\n\r\n".encode() + body)


def rss_kib(field: str) -> int:
    """VmRSS or VmHWM of this process in KiB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    raise RuntimeError(f"{field} not in /proc/self/status")


def reset_peak() -> bool:
    """Reset the kernel's resident high-water mark (Linux >= 4.0)."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
        return True
    except OSError:
        return False


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size-mb", type=int, default=2048)
    parser.add_argument("--download", action="store_true", help="also measure a download of the same size")
    args = parser.parse_args()
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(4)
    counted = multiprocessing.Value("q", 0)
    server = multiprocessing.get_context("fork").Process(target=serve, args=(listener, counted, args.size_mb * MIB),
                                                           daemon=True)
    server.start()  # forked before QGIS starts: the server's memory is its own

    from qfieldsync_plus.core.cloud.transport import Transport, Upload
    from qfieldsync_plus.core.qgis_app import start_headless_qgis

    start_headless_qgis()
    transport = Transport(f"http://127.0.0.1:{listener.getsockname()[1]}/api/v1/", token="benchmark", timeout=60)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "big.bin"
        with open(path, "wb") as handle:
            handle.truncate(args.size_mb * MIB)
        size = path.stat().st_size
        before = rss_kib("VmRSS")
        exact_peak = reset_peak()
        sampled = [before]
        started = time.monotonic()
        answer = transport.request("POST", "files/p/big.bin/", upload=Upload(path, "big.bin"), stall_timeout=60,
                                   on_bytes=lambda sent: sampled.append(rss_kib("VmRSS")), max_body=MIB)
        seconds = time.monotonic() - started
        peak = max(rss_kib("VmHWM") if exact_peak else 0, max(sampled))
        assert answer.status == 201 and counted.value >= size, (answer.status, counted.value, size)
        report("uploaded", size, seconds, before, peak, exact_peak)
        if args.download:
            before, exact_peak, sampled = rss_kib("VmRSS"), reset_peak(), []
            started = time.monotonic()
            transport.request("GET", "files/p/big.bin/", download_to=Path(folder) / "back.bin", stall_timeout=60,
                              on_bytes=lambda received: sampled.append(rss_kib("VmRSS")))
            seconds = time.monotonic() - started
            peak = max(rss_kib("VmHWM") if exact_peak else 0, max(sampled + [before]))
            assert (Path(folder) / "back.bin").stat().st_size == size
            report("downloaded", size, seconds, before, peak, exact_peak)
    server.terminate()


def report(verb: str, size: int, seconds: float, before: int, peak: int, exact_peak: bool) -> None:
    """Print one transfer's numbers (``before`` and ``peak`` in KiB)."""
    growth_mib = (peak - before) / 1024
    print(f"{verb} {size / MIB:.0f} MiB in {seconds:.1f} s ({size / MIB / seconds:.0f} MiB/s); RSS before: "
          f"{before / 1024:.1f} MiB, peak: {peak / 1024:.1f} MiB "
          f"({'kernel high-water mark' if exact_peak else 'sampled on progress'}); growth {growth_mib:.1f} MiB = "
          f"{growth_mib * MIB / size * 100:.2f} % of the file, peak/before ratio {peak / before:.2f}")


if __name__ == "__main__":
    main()
