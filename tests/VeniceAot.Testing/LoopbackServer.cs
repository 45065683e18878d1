using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace VeniceAot.Testing
{
    /// <summary>
    /// Kestrel bound to 127.0.0.1 on a free port. Every request is recorded (method, raw path, query,
    /// headers, body) before the handler answers it. Dispose to stop.
    /// </summary>
    public sealed class LoopbackServer : IAsyncDisposable
    {
        private readonly WebApplication _app;
        private readonly ConcurrentQueue<RecordedRequest> _requests = new();

        private LoopbackServer(WebApplication app, Uri root)
        {
            _app = app;
            Root = root;
        }

        /// <summary>The server root, e.g. <c>http://127.0.0.1:5123/</c>.</summary>
        public Uri Root { get; }

        /// <summary>Where a Venice client should point: <c>{Root}api/v1</c>.</summary>
        public Uri BaseAddress => new(Root, "api/v1");

        public IReadOnlyList<RecordedRequest> Requests => _requests.ToArray();

        public RecordedRequest LastRequest => _requests.LastOrDefault() ?? throw new InvalidOperationException("The server has received no request.");

        /// <summary>Starts a server whose every request is answered by <paramref name="handler"/>.</summary>
        public static async Task<LoopbackServer> StartAsync(Func<RecordedRequest, HttpContext, Task> handler, int port = 0)
        {
            WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
            builder.Logging.ClearProviders();
            builder.WebHost.UseKestrel(options => options.Listen(IPAddress.Loopback, port));
            WebApplication app = builder.Build();
            LoopbackServer? server = null;
            app.Run(async context =>
            {
                RecordedRequest recorded = await RecordAsync(context);
                server!._requests.Enqueue(recorded);
                await handler(recorded, context);
            });
            await app.StartAsync();
            string address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            server = new LoopbackServer(app, new Uri(address.TrimEnd('/') + "/"));
            return server;
        }

        /// <summary>Starts a server that answers every request with the same JSON.</summary>
        public static Task<LoopbackServer> StartJsonAsync(int status, string json, IDictionary<string, string>? headers = null) =>
            StartAsync((_, context) => Respond.Json(context, status, json, headers));

        public async ValueTask DisposeAsync()
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        private static async Task<RecordedRequest> RecordAsync(HttpContext context)
        {
            using var body = new MemoryStream();
            await context.Request.Body.CopyToAsync(body);
            var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (KeyValuePair<string, Microsoft.Extensions.Primitives.StringValues> header in context.Request.Headers)
            {
                headers[header.Key] = header.Value.ToString();
            }

            string rawTarget = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? context.Request.Path.ToString();
            int queryStart = rawTarget.IndexOf('?', StringComparison.Ordinal);
            return new RecordedRequest
            {
                Method = context.Request.Method,
                RawPath = queryStart < 0 ? rawTarget : rawTarget[..queryStart],
                QueryString = queryStart < 0 ? string.Empty : rawTarget[queryStart..],
                Headers = headers,
                Body = body.ToArray(),
            };
        }
    }
}
