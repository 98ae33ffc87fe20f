#!/usr/bin/python3
# A real SMTP server on loopback for the staff tests (aiosmtpd, Debian's python3-aiosmtpd).
# Usage: smtpsink.py <folder>. Prints the port it listens on, then writes every message it accepts to
# <folder>/<n>.eml (the DATA as received) with <folder>/<n>.json (envelope sender and recipients).
# Exits when its standard input closes, so it never outlives the test that started it.
import asyncio
import json
import os
import socket
import sys

from aiosmtpd.smtp import SMTP


class Sink:
    def __init__(self, folder):
        self.folder = folder
        self.count = 0

    async def handle_DATA(self, server, session, envelope):
        self.count += 1
        base = os.path.join(self.folder, "%04d" % self.count)
        with open(base + ".json", "w") as f:
            json.dump({"from": envelope.mail_from, "to": envelope.rcpt_tos}, f)
        with open(base + ".tmp", "wb") as f:
            f.write(envelope.original_content or envelope.content)
        os.rename(base + ".tmp", base + ".eml")  # complete files only
        return "250 Message accepted for delivery"


def main():
    folder = sys.argv[1]
    os.makedirs(folder, exist_ok=True)
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    handler = Sink(folder)
    server = loop.run_until_complete(
        loop.create_server(lambda: SMTP(handler, hostname="sink.test", loop=loop), sock=sock))
    print(sock.getsockname()[1], flush=True)

    def stdin_closed():
        if not sys.stdin.buffer.read1(4096):
            loop.stop()

    loop.add_reader(sys.stdin.fileno(), stdin_closed)
    try:
        loop.run_forever()
    finally:
        server.close()


if __name__ == "__main__":
    main()
