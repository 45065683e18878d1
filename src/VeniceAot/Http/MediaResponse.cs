using System;
using System.Threading.Tasks;

namespace VeniceAot.Http
{
    /// <summary>
    /// The answer of an endpoint whose success response is JSON or something else (an image, audio, video,
    /// <c>text/plain</c> or <c>text/csv</c>), told apart by the response's <c>Content-Type</c>, never by the request.
    /// Exactly one of <see cref="Value"/> and <see cref="Media"/> is set. Dispose it to release the connection.
    /// </summary>
    /// <typeparam name="T">The JSON body type.</typeparam>
    public sealed class MediaResponse<T> : IDisposable, IAsyncDisposable
    {
        internal MediaResponse(T value, ResponseMetadata metadata)
        {
            Value = value;
            Metadata = metadata;
        }

        internal MediaResponse(BinaryResponse media)
        {
            Media = media;
            Metadata = media.Metadata;
        }

        /// <summary>True when the server answered JSON and <see cref="Value"/> holds it.</summary>
        public bool IsJson => Media is null;

        /// <summary>The parsed JSON body, when the server answered JSON.</summary>
        public T? Value { get; }

        /// <summary>The body as an unbuffered stream with its content type, when the server answered anything else.</summary>
        public BinaryResponse? Media { get; }

        /// <summary>Response headers: request id, rate limits, balance, deprecation.</summary>
        public ResponseMetadata Metadata { get; }

        /// <inheritdoc/>
        public void Dispose() => Media?.Dispose();

        /// <inheritdoc/>
        public ValueTask DisposeAsync() => Media?.DisposeAsync() ?? ValueTask.CompletedTask;
    }
}
