"""Benchmark: the memory a cloud upload needs, on QGIS's network stack.

    python benchmarks/cloud_upload_memory.py [--size-mb 2048]

Makes a sparse file of ``--size-mb`` MiB (truncate: no disk space used) and uploads it with the
cloud transport (QHttpMultiPart streaming from a QFile) to a tiny loopback server in another
process that only counts the bytes it reads. Prints the resident memory of the uploading process
before the upload, its peak during the upload (the kernel's high-water mark, reset before the
upload), the growth in MB and as a share of the file size, and the throughput.
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


def serve(listener: socket.socket, counted) -> None:
    """Answer one multipart POST per connection with 201 after reading (and dropping) its body."""
    while True:
        conn, _ = listener.accept()
        with conn:
            data = b""
            while b"\r\n\r\n" not in data:
                data += conn.recv(65536)
            head, rest = data.split(b"\r\n\r\n", 1)
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
    args = parser.parse_args()
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(4)
    counted = multiprocessing.Value("q", 0)
    server = multiprocessing.get_context("fork").Process(target=serve, args=(listener, counted), daemon=True)
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
    server.terminate()
    assert answer.status == 201 and counted.value >= size, (answer.status, counted.value, size)
    growth_mib = (peak - before) / 1024
    print(f"file: {size / MIB:.0f} MiB uploaded in {seconds:.1f} s ({size / MIB / seconds:.0f} MiB/s), "
          f"server read {counted.value / MIB:.1f} MiB")
    print(f"RSS before: {before / 1024:.1f} MiB, peak during upload: {peak / 1024:.1f} MiB "
          f"({'kernel high-water mark' if exact_peak else 'sampled on progress'})")
    print(f"growth: {growth_mib:.1f} MiB = {growth_mib * MIB / size * 100:.2f} % of the file; "
          f"peak/before ratio {peak / before:.2f}")


if __name__ == "__main__":
    main()
