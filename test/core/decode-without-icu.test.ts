/**
 * A Node built without ICU (configure --without-intl) has no buffer.transcode, which decodeSource
 * uses for speed: files are still read, accents and a byte-order mark as with it.
 */
import { describe, expect, it, vi } from "vitest";

vi.mock("node:buffer", async (original) => ({ ...(await original<typeof import("node:buffer")>()), transcode: undefined }));

describe("decodeSource on a Node without ICU", () => {
  it("reads Spanish text and drops a byte-order mark", async () => {
    const { decodeSource } = await import("../../src/parse/decode.js");
    const text = "título: ¿Qué acción? ¡Año de la niña! 🌎\n";
    expect(decodeSource("g.yaml", new TextEncoder().encode(`\uFEFF${text}`)).text).toBe(text);
    expect(decodeSource("g.yaml", new Uint8Array([0x61, 0x3a, 0x20, 0xf3, 0x0a])).diagnostics?.map((d) => d.code)).toEqual(["encoding"]);
  });
});
