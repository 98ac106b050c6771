using System.IO.Compression;
using System.Text;
using System.Text.Json;
using Azure.Data.Tables;

namespace ProgramaBot.Storage.AzureTables;

/// <summary>
/// A JSON body larger than one table property holds (a string or binary property is at most 64 KiB, and a programme
/// is tens of KB of text): gzip-compressed, then split across binary properties <c>Body0</c>, <c>Body1</c>… of the
/// same entity, with <c>BodyParts</c> saying how many. One entity, so it is written and read atomically; an entity
/// holds at most 1 MiB, so up to <see cref="MaxParts"/> parts (about 15 × 64 KiB compressed, several MB of JSON).
/// </summary>
internal static class CompressedBody
{
    public const int PartBytes = 64 * 1024;
    public const int MaxParts = 15;
    private const string Parts = "BodyParts";

    public static void Write<T>(TableEntity entity, T value)
    {
        using var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            gzip.Write(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(value)));
        }

        var bytes = compressed.ToArray();
        var count = Math.Max(1, (bytes.Length + PartBytes - 1) / PartBytes);
        if (count > MaxParts)
        {
            throw new InvalidOperationException($"The body is {bytes.Length} bytes compressed; an Azure table entity holds at most {MaxParts} parts of {PartBytes}.");
        }

        entity[Parts] = count;
        for (var i = 0; i < count; i++)
        {
            entity[$"Body{i}"] = bytes.AsSpan(i * PartBytes, Math.Min(PartBytes, bytes.Length - (i * PartBytes))).ToArray();
        }
    }

    /// <exception cref="InvalidDataException">A part is missing or the parts do not decompress.</exception>
    public static T Read<T>(TableEntity entity)
    {
        var count = entity.GetInt32(Parts) ?? throw new InvalidDataException($"Entity {entity.RowKey} has no {Parts}.");
        using var compressed = new MemoryStream();
        for (var i = 0; i < count; i++)
        {
            compressed.Write(entity.GetBinary($"Body{i}") ?? throw new InvalidDataException($"Entity {entity.RowKey} lacks Body{i}."));
        }

        compressed.Position = 0;
        using var gzip = new GZipStream(compressed, CompressionMode.Decompress);
        return JsonSerializer.Deserialize<T>(gzip) ?? throw new InvalidDataException($"Entity {entity.RowKey} holds null.");
    }
}
