"""A tiny PNG reader (8-bit RGB/RGBA/grey, non-interlaced) with zlib only,
for the headless-browser check of the HTML export: no Pillow needed."""

import struct
import zlib


def read(path):
    """(width, height, channels, rows): rows are bytes, one per scanline."""
    data = open(path, "rb").read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError(f"{path} is not a PNG")
    pos, idat, header = 8, b"", None
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        kind = data[pos + 4 : pos + 8]
        body = data[pos + 8 : pos + 8 + length]
        pos += 12 + length
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat += body
        elif kind == b"IEND":
            break
    width, height, depth, color, _, _, interlace = header
    channels = {0: 1, 2: 3, 4: 2, 6: 4}.get(color)
    if depth != 8 or channels is None or interlace:
        raise ValueError(f"unsupported PNG: depth {depth}, color type {color}")
    raw = zlib.decompress(idat)
    stride = width * channels
    rows, prev = [], bytearray(stride)
    for y in range(height):
        start = y * (stride + 1)
        kind, line = raw[start], bytearray(raw[start + 1 : start + 1 + stride])
        for i in range(stride):
            a = line[i - channels] if i >= channels else 0
            b = prev[i]
            c = prev[i - channels] if i >= channels else 0
            if kind == 1:
                line[i] = (line[i] + a) & 255
            elif kind == 2:
                line[i] = (line[i] + b) & 255
            elif kind == 3:
                line[i] = (line[i] + (a + b) // 2) & 255
            elif kind == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                pred = a if pa <= pb and pa <= pc else (b if pb <= pc else c)
                line[i] = (line[i] + pred) & 255
        rows.append(bytes(line))
        prev = line
    return width, height, channels, rows


def write(path, width, channels, rows):
    """Writes rows (as from read) as a PNG."""
    color = {1: 0, 3: 2, 2: 4, 4: 6}[channels]
    raw = b"".join(b"\x00" + r for r in rows)

    def chunk(kind, body):
        crc = zlib.crc32(kind + body) & 0xFFFFFFFF
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", crc)

    ihdr = struct.pack(">IIBBBBB", width, len(rows), 8, color, 0, 0, 0)
    with open(path, "wb") as f:
        f.write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr))
        f.write(chunk(b"IDAT", zlib.compress(raw, 6)) + chunk(b"IEND", b""))


def colors(path, step=3):
    """Distinct colors (sampling every `step`-th pixel) and the share of
    pixels that differ from the most common one (the background)."""
    width, height, ch, rows = read(path)
    seen = {}
    for y in range(0, height, step):
        row = rows[y]
        for x in range(0, width, step):
            px = row[x * ch : x * ch + ch]
            seen[px] = seen.get(px, 0) + 1
    total = sum(seen.values())
    background = max(seen.values())
    return len(seen), 1 - background / total


if __name__ == "__main__":
    import sys

    if sys.argv[1] == "crop":  # png.py crop IN OUT Y0 Y1
        w, h, ch, rows = read(sys.argv[2])
        write(sys.argv[3], w, ch, rows[int(sys.argv[4]) : int(sys.argv[5])])
    else:  # png.py FILE: distinct colors and non-background share
        print(*colors(sys.argv[1]))
