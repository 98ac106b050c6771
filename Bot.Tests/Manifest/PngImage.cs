using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace ProgramaBot.Tests.Manifest;

/// <summary>
/// A small PNG decoder for icon checks: 8-bit greyscale, grey+alpha, RGB, RGBA and palette images,
/// not interlaced, all five row filters. Anything else fails loudly rather than being misread.
/// </summary>
public sealed class PngImage
{
    private static readonly byte[] Signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    private readonly byte[] _rgba;

    private PngImage(int width, int height, byte[] rgba)
    {
        Width = width;
        Height = height;
        _rgba = rgba;
    }

    public readonly record struct Pixel(byte R, byte G, byte B, byte A);

    public int Width { get; }

    public int Height { get; }

    public Pixel this[int x, int y]
    {
        get
        {
            var i = ((y * Width) + x) * 4;
            return new Pixel(_rgba[i], _rgba[i + 1], _rgba[i + 2], _rgba[i + 3]);
        }
    }

    public IEnumerable<Pixel> Pixels()
    {
        for (var y = 0; y < Height; y++)
        {
            for (var x = 0; x < Width; x++)
            {
                yield return this[x, y];
            }
        }
    }

    public static PngImage Decode(byte[] png)
    {
        if (png.Length < 8 || !png.AsSpan(0, 8).SequenceEqual(Signature))
        {
            throw new InvalidDataException("not a PNG file");
        }

        int width = 0, height = 0, colorType = -1;
        byte[]? palette = null, transparency = null;
        using var idat = new MemoryStream();
        for (var offset = 8; offset + 8 <= png.Length;)
        {
            var length = checked((int)BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(offset)));
            var type = Encoding.ASCII.GetString(png, offset + 4, 4);
            var data = png.AsSpan(offset + 8, length);
            switch (type)
            {
                case "IHDR":
                    width = checked((int)BinaryPrimitives.ReadUInt32BigEndian(data));
                    height = checked((int)BinaryPrimitives.ReadUInt32BigEndian(data[4..]));
                    colorType = data[9];
                    if (data[8] != 8 || data[12] != 0)
                    {
                        throw new NotSupportedException($"only 8-bit, non-interlaced PNGs are supported (bit depth {data[8]}, interlace {data[12]})");
                    }

                    break;
                case "PLTE":
                    palette = data.ToArray();
                    break;
                case "tRNS":
                    transparency = data.ToArray();
                    break;
                case "IDAT":
                    idat.Write(data);
                    break;
            }

            offset += 12 + length; // length, type, data, CRC
        }

        var channels = colorType switch
        {
            0 => 1,
            2 => 3,
            3 => 1,
            4 => 2,
            6 => 4,
            _ => throw new NotSupportedException($"PNG colour type {colorType}"),
        };
        var raw = Unfilter(Inflate(idat.ToArray()), width, height, channels);
        return new PngImage(width, height, ToRgba(raw, width * height, colorType, palette, transparency));
    }

    private static byte[] Inflate(byte[] zlib)
    {
        using var input = new ZLibStream(new MemoryStream(zlib), CompressionMode.Decompress);
        using var output = new MemoryStream();
        input.CopyTo(output);
        return output.ToArray();
    }

    private static byte[] Unfilter(byte[] data, int width, int height, int bytesPerPixel)
    {
        var stride = width * bytesPerPixel;
        if (data.Length < height * (stride + 1))
        {
            throw new InvalidDataException("PNG image data is shorter than its header says");
        }

        var pixels = new byte[height * stride];
        for (var y = 0; y < height; y++)
        {
            var filter = data[y * (stride + 1)];
            var source = data.AsSpan((y * (stride + 1)) + 1, stride);
            for (var x = 0; x < stride; x++)
            {
                int left = x >= bytesPerPixel ? pixels[(y * stride) + x - bytesPerPixel] : 0;
                int up = y > 0 ? pixels[((y - 1) * stride) + x] : 0;
                int upLeft = y > 0 && x >= bytesPerPixel ? pixels[((y - 1) * stride) + x - bytesPerPixel] : 0;
                var predictor = filter switch
                {
                    0 => 0,
                    1 => left,
                    2 => up,
                    3 => (left + up) / 2,
                    4 => Paeth(left, up, upLeft),
                    _ => throw new InvalidDataException($"unknown PNG filter type {filter} on row {y}"),
                };
                pixels[(y * stride) + x] = (byte)(source[x] + predictor);
            }
        }

        return pixels;
    }

    private static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        int pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }

    private static byte[] ToRgba(byte[] raw, int count, int colorType, byte[]? palette, byte[]? transparency)
    {
        var rgba = new byte[count * 4];
        for (var i = 0; i < count; i++)
        {
            var (r, g, b, a) = colorType switch
            {
                0 => (raw[i], raw[i], raw[i], (byte)255),
                2 => (raw[i * 3], raw[(i * 3) + 1], raw[(i * 3) + 2], (byte)255),
                3 => FromPalette(raw[i], palette, transparency),
                4 => (raw[i * 2], raw[i * 2], raw[i * 2], raw[(i * 2) + 1]),
                _ => (raw[i * 4], raw[(i * 4) + 1], raw[(i * 4) + 2], raw[(i * 4) + 3]),
            };
            rgba[i * 4] = r;
            rgba[(i * 4) + 1] = g;
            rgba[(i * 4) + 2] = b;
            rgba[(i * 4) + 3] = a;
        }

        return rgba;
    }

    private static (byte R, byte G, byte B, byte A) FromPalette(byte index, byte[]? palette, byte[]? transparency)
    {
        if (palette is null || (index * 3) + 2 >= palette.Length)
        {
            throw new InvalidDataException($"palette index {index} is outside the PLTE chunk");
        }

        var alpha = transparency is not null && index < transparency.Length ? transparency[index] : (byte)255;
        return (palette[index * 3], palette[(index * 3) + 1], palette[(index * 3) + 2], alpha);
    }
}
