using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace ProgramaBot.Tests.Manifest;

/// <summary>
/// The icon checks are only as good as the decoder: a regenerated icon (e.g. by ImageMagick) uses
/// every row filter, so each one is round-tripped here.
/// </summary>
public sealed class PngImageTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Decodes_every_row_filter(byte filter)
    {
        const int size = 5;
        var rgba = new byte[size * size * 4];
        for (var i = 0; i < rgba.Length; i++)
        {
            rgba[i] = (byte)((i * 37) + (i / 7 * 11));
        }

        var image = PngImage.Decode(EncodeRgba(size, rgba, filter));

        Assert.Equal((size, size), (image.Width, image.Height));
        for (var y = 0; y < size; y++)
        {
            for (var x = 0; x < size; x++)
            {
                var i = ((y * size) + x) * 4;
                Assert.Equal(new PngImage.Pixel(rgba[i], rgba[i + 1], rgba[i + 2], rgba[i + 3]), image[x, y]);
            }
        }
    }

    [Fact]
    public void Rejects_what_is_not_a_png() =>
        Assert.Throws<InvalidDataException>(() => PngImage.Decode(Encoding.ASCII.GetBytes("GIF89a not a png")));

    private static byte[] EncodeRgba(int size, byte[] rgba, byte filter)
    {
        const int bpp = 4;
        var stride = size * bpp;
        var raw = new byte[size * (stride + 1)];
        for (var y = 0; y < size; y++)
        {
            raw[y * (stride + 1)] = filter;
            for (var x = 0; x < stride; x++)
            {
                int left = x >= bpp ? rgba[(y * stride) + x - bpp] : 0;
                int up = y > 0 ? rgba[((y - 1) * stride) + x] : 0;
                int upLeft = y > 0 && x >= bpp ? rgba[((y - 1) * stride) + x - bpp] : 0;
                var predictor = filter switch
                {
                    1 => left,
                    2 => up,
                    3 => (left + up) / 2,
                    4 => Paeth(left, up, upLeft),
                    _ => 0,
                };
                raw[(y * (stride + 1)) + 1 + x] = (byte)(rgba[(y * stride) + x] - predictor);
            }
        }

        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            zlib.Write(raw);
        }

        var header = new byte[13];
        BinaryPrimitives.WriteUInt32BigEndian(header, (uint)size);
        BinaryPrimitives.WriteUInt32BigEndian(header.AsSpan(4), (uint)size);
        header[8] = 8;
        header[9] = 6;
        byte[] signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
        return [.. signature, .. Chunk("IHDR", header), .. Chunk("IDAT", compressed.ToArray()), .. Chunk("IEND", [])];
    }

    private static byte[] Chunk(string type, byte[] data)
    {
        byte[] typed = [.. Encoding.ASCII.GetBytes(type), .. data];
        var chunk = new byte[12 + data.Length];
        BinaryPrimitives.WriteUInt32BigEndian(chunk, (uint)data.Length);
        typed.CopyTo(chunk, 4);
        return chunk; // CRC left zero: the decoder does not check it (real files are checked by Teams).
    }

    private static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        int pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
