"""Makes clip.webm, the browser tests' video: 6 s of 320×180 VP8 in WebM with cues (seekable),
a moving gradient with noise so that the file (~1.5 MB) is large enough that a seek needs a new
byte range. Run once, by hand, with PyAV (pip install av): python make_clip.py
"""

from pathlib import Path

import av
import numpy as np

out = av.open(str(Path(__file__).with_name("clip.webm")), "w", format="webm")
stream = out.add_stream("libvpx", rate=25)
stream.width, stream.height = 320, 180
stream.pix_fmt = "yuv420p"
stream.bit_rate = 2_000_000
rng = np.random.default_rng(1)
yy, xx = np.mgrid[0:180, 0:320]
for i in range(150):
    frame = np.zeros((180, 320, 3), np.uint8)
    frame[..., 0] = (xx + i * 4) % 256
    frame[..., 1] = (yy * 2 + i * 3) % 256
    frame[..., 2] = 128
    noisy = frame.astype(int) + rng.integers(-40, 40, frame.shape)
    frame = np.clip(noisy, 0, 255).astype(np.uint8)
    for packet in stream.encode(av.VideoFrame.from_ndarray(frame, format="rgb24")):
        out.mux(packet)
for packet in stream.encode():
    out.mux(packet)
out.close()
