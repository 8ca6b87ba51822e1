# Makes the browser tests' video: 6 s of 320x180 VP8 in WebM (with cues: seekable), a moving
# gradient with noise so that the file is large enough (~1.5 MB) that a seek needs a new range.
import av, numpy as np
out = av.open("/work/main/tests/browser/apps/media/clip.webm", "w", format="webm")
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
    frame = np.clip(frame.astype(int) + rng.integers(-40, 40, frame.shape), 0, 255).astype(np.uint8)
    for packet in stream.encode(av.VideoFrame.from_ndarray(frame, format="rgb24")):
        out.mux(packet)
for packet in stream.encode():
    out.mux(packet)
out.close()
