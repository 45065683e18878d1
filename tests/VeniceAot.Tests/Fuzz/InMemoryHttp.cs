using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading;
using System.Threading.Tasks;
using VeniceAot.Http;

namespace VeniceAot.Tests.Fuzz
{
    /// <summary>
    /// An <see cref="HttpMessageHandler"/> that answers every request at once with a fixed status, content type and
    /// body, optionally without a Content-Length (a non-seekable body, as chunked transfer would give). Everything
    /// completes synchronously, so a whole call runs on the test thread and its allocations can be counted there.
    /// </summary>
    internal sealed class InMemoryHandler(HttpStatusCode status, string? contentType, byte[] body, bool declareLength) : HttpMessageHandler
    {
        public static readonly Uri Endpoint = new("http://127.0.0.1/api/v1/fuzz");

        /// <summary>A connection over this handler with retries off (every case is one attempt).</summary>
        public ApiConnection Connect() => new(new VeniceClientOptions
        {
            ApiKey = ApiKeysTests.Key,
            BaseAddress = new Uri("http://127.0.0.1/api/v1"),
            HttpClient = new HttpClient(this) { Timeout = TimeSpan.FromSeconds(30) },
            Retry = new RetryOptions { Enabled = false },
        });

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            HttpContent content = declareLength ? new ByteArrayContent(body) : new StreamContent(new UnseekableStream(body));
            if (contentType is not null)
            {
                content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
            }

            return Task.FromResult(new HttpResponseMessage(status) { Content = content, RequestMessage = request });
        }

        /// <summary>Drives a value task to completion, noting whether it had already completed (no thread hop).</summary>
        public static T Wait<T>(ValueTask<T> task, ref bool synchronous)
        {
            synchronous &= task.IsCompleted;
            return task.IsCompleted ? task.Result : task.AsTask().GetAwaiter().GetResult();
        }

        /// <summary>A read-only memory stream that hides its length, so no Content-Length is declared.</summary>
        private sealed class UnseekableStream(byte[] bytes) : MemoryStream(bytes, writable: false)
        {
            public override bool CanSeek => false;

            public override long Length => throw new NotSupportedException();

            public override long Position
            {
                get => throw new NotSupportedException();
                set => throw new NotSupportedException();
            }
        }
    }
}
