using System;
using System.IO;
using System.Net.Http;
using System.Threading.Tasks;

namespace VeniceAot.Http
{
    /// <summary>
    /// A binary response (image, audio, video) as an unbuffered stream. Dispose it to release the connection.
    /// </summary>
    public sealed class BinaryResponse : IDisposable, IAsyncDisposable
    {
        private readonly HttpResponseMessage _response;

        internal BinaryResponse(HttpResponseMessage response, Stream content)
        {
            _response = response;
            Content = content;
            Metadata = ResponseMetadata.From(response);
        }

        /// <summary>The media type, e.g. <c>image/png</c>; <c>application/octet-stream</c> when the server sent none.</summary>
        public string ContentType => Metadata.ContentType ?? "application/octet-stream";

        /// <summary>The length in bytes when the server declared it.</summary>
        public long? ContentLength => _response.Content.Headers.ContentLength;

        /// <summary>The body, read as it arrives.</summary>
        public Stream Content { get; }

        /// <summary>Response headers: request id, rate limits, balance, deprecation.</summary>
        public ResponseMetadata Metadata { get; }

        /// <inheritdoc/>
        public void Dispose()
        {
            Content.Dispose();
            _response.Dispose();
        }

        /// <inheritdoc/>
        public async ValueTask DisposeAsync()
        {
            await Content.DisposeAsync().ConfigureAwait(false);
            _response.Dispose();
        }
    }
}
