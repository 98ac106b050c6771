using System.Buffers;

namespace ProgramaBot.BotFramework;

internal static class RequestBody
{
    /// <summary>The whole body, or null when it is larger than <paramref name="limit"/> bytes.</summary>
    public static async Task<byte[]?> ReadAsync(HttpRequest request, int limit, CancellationToken cancellationToken)
    {
        using var rented = await RentAsync(request, limit, cancellationToken);
        return rented?.Span.ToArray();
    }

    /// <summary>
    /// The whole body in a pooled buffer (dispose it), or null when it is larger than <paramref name="limit"/> bytes.
    /// A <see cref="ValueTask{TResult}"/>: a body already received (most are) is read without a task per request.
    /// </summary>
    public static ValueTask<RentedBody?> RentAsync(HttpRequest request, int limit, CancellationToken cancellationToken)
        => RentedBody.ReadAsync(request, limit, cancellationToken);
}

/// <summary>
/// The whole request body in a buffer rented from the shared pool (returned on dispose): a turn parses it once,
/// in place, so reading it costs no allocation beyond this small holder.
/// </summary>
internal sealed class RentedBody : IDisposable
{
    private byte[] _buffer;

    private RentedBody(byte[] buffer, int length)
    {
        _buffer = buffer;
        Length = length;
    }

    public int Length { get; }

    public ReadOnlySpan<byte> Span => _buffer.AsSpan(0, Length);

    /// <summary>The whole body, or null when it is larger than <paramref name="limit"/> bytes.</summary>
    public static async ValueTask<RentedBody?> ReadAsync(HttpRequest request, int limit, CancellationToken cancellationToken)
    {
        if (request.ContentLength > limit)
        {
            return null;
        }

        // Content-Length is a hint only (a chunked body has none, a lying one is cut at the limit below).
        var buffer = ArrayPool<byte>.Shared.Rent((int)Math.Clamp(request.ContentLength ?? 4096, 256, limit) + 1);
        var length = 0;
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(buffer.AsMemory(length), cancellationToken)) > 0)
            {
                length += read;
                if (length > limit)
                {
                    ArrayPool<byte>.Shared.Return(buffer);
                    return null;
                }

                if (length == buffer.Length)
                {
                    var larger = ArrayPool<byte>.Shared.Rent(Math.Min(buffer.Length * 2, limit + 1));
                    buffer.AsSpan(0, length).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }
            }
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(buffer);
            throw;
        }

        return new RentedBody(buffer, length);
    }

    public void Dispose()
    {
        if (_buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = [];
        }
    }
}
