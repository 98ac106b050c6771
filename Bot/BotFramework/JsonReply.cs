using System.Buffers;
using System.Text.Json;
using ProgramaBot.BotFramework.Activities;

namespace ProgramaBot.BotFramework;

/// <summary>
/// A 200 with a JSON body in the wire format (<see cref="BotJson.Options"/>), as <c>Results.Json</c> writes it, made for
/// every turn's reply: serialised in one synchronous pass into a pooled buffer by a writer kept per thread, then written
/// to the response at once with its Content-Length. <c>Results.Json</c> cost a pipe writer over the body, a JSON writer,
/// an async serializer state and its buffers per reply.
/// </summary>
internal sealed class JsonReply<T>(T value) : IResult
{
    public const string ContentType = "application/json; charset=utf-8";

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var (buffer, length) = PooledJson.Serialize(value);
        try
        {
            var response = httpContext.Response;
            response.StatusCode = StatusCodes.Status200OK;
            response.ContentType = ContentType;
            response.ContentLength = length;
            await response.Body.WriteAsync(buffer.AsMemory(0, length), httpContext.RequestAborted);
        }
        catch (OperationCanceledException) when (httpContext.RequestAborted.IsCancellationRequested)
        {
            // The caller went away: nobody to answer, and no error of ours (as Results.Json does).
        }
        finally
        {
            PooledJson.Return(buffer);
        }
    }
}

/// <summary>Serialises into an array rented from the shared pool (the caller returns it), reusing one writer per thread.</summary>
internal static class PooledJson
{
    [ThreadStatic]
    private static PooledBufferWriter? t_buffer;

    [ThreadStatic]
    private static Utf8JsonWriter? t_writer;

    /// <returns>The rented array (return it to <see cref="ArrayPool{T}.Shared"/>) and how many bytes of it are the JSON.</returns>
    public static (byte[] Buffer, int Length) Serialize<T>(T value)
    {
        var buffer = t_buffer ??= new PooledBufferWriter();
        var writer = t_writer ??= new Utf8JsonWriter(buffer, new JsonWriterOptions
        {
            Encoder = BotJson.Options.Encoder,
            MaxDepth = BotJson.Options.MaxDepth,
        });

        // Synchronous from here to Detach: no other turn on this thread can use the writer in between.
        writer.Reset(buffer);
        try
        {
            JsonSerializer.Serialize(writer, value, BotJson.Options);
            writer.Flush();
            return buffer.Detach();
        }
        catch
        {
            Return(buffer.Detach().Array);
            throw;
        }
    }

    public static void Return(byte[] rented)
    {
        if (rented.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    private sealed class PooledBufferWriter : IBufferWriter<byte>
    {
        private byte[] _array = [];
        private int _written;

        public void Advance(int count) => _written += count;

        public Memory<byte> GetMemory(int sizeHint = 0)
        {
            Ensure(sizeHint); // first: it may replace the array
            return _array.AsMemory(_written);
        }

        public Span<byte> GetSpan(int sizeHint = 0)
        {
            Ensure(sizeHint);
            return _array.AsSpan(_written);
        }

        /// <summary>Hands the rented array over (and forgets it): the next use rents another.</summary>
        public (byte[] Array, int Written) Detach()
        {
            var detached = (_array, _written);
            (_array, _written) = ([], 0);
            return detached;
        }

        private void Ensure(int sizeHint)
        {
            var needed = _written + Math.Max(sizeHint, 256);
            if (needed > _array.Length)
            {
                var larger = ArrayPool<byte>.Shared.Rent(Math.Max(needed, Math.Max(4096, _array.Length * 2)));
                _array.AsSpan(0, _written).CopyTo(larger);
                if (_array.Length > 0)
                {
                    ArrayPool<byte>.Shared.Return(_array);
                }

                _array = larger;
            }
        }
    }
}
