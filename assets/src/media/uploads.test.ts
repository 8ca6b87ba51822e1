import { describe, expect, it } from "vitest";
import { formatSize, mediaIdOf, tooLargeMessage, typeAllowed } from "./uploads";

describe("upload checks", () => {
  it("accepts the app's extensions only, in any case", () => {
    expect(typeAllowed("Data.CSV", [".csv"])).toBe(true);
    expect(typeAllowed("data.csv.exe", [".csv"])).toBe(false);
    expect(typeAllowed("anything", [])).toBe(true);
  });

  it("says how large a file is and what the limit is", () => {
    expect(tooLargeMessage("big.csv", 1.6 * 1024 * 1024, 1024 * 1024)).toBe(
      "big.csv is 1.6 MB, over the 1.0 MB limit per file (server.maxUploadSize).",
    );
    expect(formatSize(512)).toBe("512 B");
    expect(formatSize(2048)).toBe("2.0 KB");
    expect(formatSize(200 * 1024 * 1024)).toBe("200.0 MB");
  });

  it("finds the media id a native save asks for in a download button's URL", () => {
    const id = "0123456789abcdef0123456789abcdef";
    expect(mediaIdOf(`/_dataapp/media/${id}`)).toBe(id);
    expect(mediaIdOf(`/_dataapp/media/${id}?name=report.csv`)).toBe(id);
    expect(mediaIdOf("https://example.com/report.csv")).toBeNull();
    expect(mediaIdOf("data:text/plain;base64,aGk=")).toBeNull();
  });
});
