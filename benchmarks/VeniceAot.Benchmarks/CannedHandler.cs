using System;
using System.Collections.Concurrent;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading;
using System.Threading.Tasks;

namespace VeniceAot.Benchmarks
{
    /// <summary>
    /// An in-memory transport: answers every request with the same canned body, so a benchmark measures the client
    /// alone. Like a real transport it reads the whole request body (lazily serialized bodies are serialized here).
    /// With <see cref="Record"/> on it keeps each request for <see cref="RequestVerifier"/>.
    /// </summary>
    public sealed class CannedHandler(byte[] body, string contentType) : HttpMessageHandler
    {
        private readonly MediaTypeHeaderValue _contentType = MediaTypeHeaderValue.Parse(contentType);

        /// <summary>Keeps every request seen (off while benchmarking).</summary>
        public bool Record { get; set; }

        /// <summary>The recorded requests, oldest first.</summary>
        public ConcurrentQueue<CapturedRequest> Requests { get; } = new();

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            byte[]? sent = null;
            if (request.Content is { } content)
            {
                if (Record)
                {
                    sent = await content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
                }
                else
                {
                    await content.CopyToAsync(Stream.Null, cancellationToken).ConfigureAwait(false);
                }
            }

            if (Record)
            {
                Requests.Enqueue(CapturedRequest.From(request, sent));
            }

            var response = new HttpResponseMessage(HttpStatusCode.OK)
            {
                RequestMessage = request,
                Content = new ByteArrayContent(body),
            };
            response.Content.Headers.ContentType = _contentType;
            return response;
        }
    }
}
