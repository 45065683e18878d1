using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Text.Json.Serialization;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using VeniceAot.Http;
using VeniceAot.Testing;

namespace VeniceAot.Tests.Reliability
{
    public sealed class Reply
    {
        [JsonPropertyName("text")]
        public string? Text { get; set; }
    }

    /// <summary>One route per method; the server decides the fault by the name in the path.</summary>
    [VeniceApi(typeof(ReliabilityJsonContext))]
    public interface IReliabilityApi
    {
        [Get("/r/{name}")]
        Task<Reply> GetAsync(string name, CancellationToken cancellationToken = default);

        [Delete("/r/{name}")]
        Task DeleteAsync(string name, CancellationToken cancellationToken = default);

        [Post("/r/{name}")]
        Task<Reply> PostAsync(string name, [Body] Reply body, CancellationToken cancellationToken = default);

        [Post("/r/{name}")]
        Task<Reply> PostWithKeyAsync(string name, [Body] Reply body, [Header("Idempotency-Key")] string idempotencyKey, CancellationToken cancellationToken = default);

        [Patch("/r/{name}")]
        Task<Reply> PatchAsync(string name, [Body] Reply body, CancellationToken cancellationToken = default);

        [Get("/r/{name}")]
        Task<BinaryResponse> DownloadAsync(string name, CancellationToken cancellationToken = default);

        [Post("/r/{name}")]
        IAsyncEnumerable<Reply> StreamAsync(string name, [Body] Reply body, CancellationToken cancellationToken = default);
    }

    [JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonSerializable(typeof(Reply))]
    public sealed partial class ReliabilityJsonContext : JsonSerializerContext;

    /// <summary>
    /// A loopback server whose <c>/r/ok</c> always answers 200 and whose other routes run the test's fault
    /// handler with a 1-based attempt number; and a client whose HttpClient holds at most one connection, so
    /// a response left undisposed anywhere makes the next request hang (and the test's time bound fail).
    /// </summary>
    internal sealed class Fixture : IAsyncDisposable
    {
        public static readonly TimeSpan Bound = TimeSpan.FromSeconds(10);

        private readonly List<DateTimeOffset> _faultTimes = [];
        private int _faults;

        private Fixture()
        {
        }

        public LoopbackServer Server { get; private set; } = null!;

        public VeniceClient Client { get; private set; } = null!;

        public ReliabilityApiClient Api { get; private set; } = null!;

        /// <summary>Sends seen by the client's handler (counts attempts that never reached a server).</summary>
        public CountingHandler Handler { get; private set; } = null!;

        /// <summary>Requests the fault routes received.</summary>
        public int FaultRequests => Volatile.Read(ref _faults);

        /// <summary>When each fault-route request arrived.</summary>
        public IReadOnlyList<DateTimeOffset> FaultTimes
        {
            get
            {
                lock (_faultTimes)
                {
                    return _faultTimes.ToArray();
                }
            }
        }

        public static async Task<Fixture> StartAsync(Func<int, HttpContext, Task> fault, Action<VeniceClientOptions>? configure = null, TimeSpan? attemptTimeout = null)
        {
            var fixture = new Fixture();
            fixture.Server = await LoopbackServer.StartAsync((request, context) =>
            {
                if (request.RawPath.EndsWith("/r/ok", StringComparison.Ordinal))
                {
                    return Respond.Json(context, 200, """{"text":"ok"}""");
                }

                lock (fixture._faultTimes)
                {
                    fixture._faultTimes.Add(DateTimeOffset.UtcNow);
                }

                return fault(Interlocked.Increment(ref fixture._faults), context);
            });
            fixture.CreateClient(fixture.Server.BaseAddress, configure, attemptTimeout);
            return fixture;
        }

        /// <summary>A client for a base address where nothing listens.</summary>
        public static Fixture ForClosedPort(Action<VeniceClientOptions>? configure = null)
        {
            var fixture = new Fixture();
            fixture.CreateClient(new Uri($"http://127.0.0.1:{FreePort()}/api/v1"), configure, null);
            return fixture;
        }

        public static VeniceClientOptions Options(Uri baseAddress) => new()
        {
            ApiKey = ApiKeysTests.Key,
            BaseAddress = baseAddress,
            Retry = new RetryOptions { BaseDelay = TimeSpan.FromMilliseconds(10), MaxDelay = TimeSpan.FromSeconds(5) },
        };

        /// <summary>A normal request through the same client still works: nothing leaked, nothing stuck.</summary>
        public async Task AssertHealthyAsync()
        {
            Reply reply = await Api.GetAsync("ok").WaitAsync(Bound);
            Assert.Equal("ok", reply.Text);
        }

        public async ValueTask DisposeAsync()
        {
            Client.Dispose();
            Handler.Dispose();
            if (Server is not null)
            {
                await Server.DisposeAsync();
            }
        }

        private static int FreePort()
        {
            var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            int port = ((IPEndPoint)listener.LocalEndpoint).Port;
            listener.Stop();
            return port;
        }

        private void CreateClient(Uri baseAddress, Action<VeniceClientOptions>? configure, TimeSpan? attemptTimeout)
        {
            Handler = new CountingHandler(new SocketsHttpHandler { MaxConnectionsPerServer = 1, AllowAutoRedirect = false });
            VeniceClientOptions options = Options(baseAddress);
            options.HttpClient = new HttpClient(Handler, disposeHandler: false) { Timeout = attemptTimeout ?? TimeSpan.FromSeconds(30) };
            configure?.Invoke(options);
            Client = new VeniceClient(options);
            Api = new ReliabilityApiClient(Client.Connection);
        }
    }

    internal sealed class CountingHandler(HttpMessageHandler inner) : DelegatingHandler(inner)
    {
        private int _sends;

        public int Sends => Volatile.Read(ref _sends);

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _sends);
            return base.SendAsync(request, cancellationToken);
        }
    }

    internal static class Secrets
    {
        /// <summary>The key must never appear in what an exception says about itself, its causes included.</summary>
        public static void AssertNoKey(Exception error)
        {
            Assert.DoesNotContain(ApiKeysTests.Key, error.Message, StringComparison.Ordinal);
            Assert.DoesNotContain(ApiKeysTests.Key, error.ToString(), StringComparison.Ordinal);
            for (Exception? inner = error.InnerException; inner is not null; inner = inner.InnerException)
            {
                Assert.DoesNotContain(ApiKeysTests.Key, inner.Message, StringComparison.Ordinal);
            }

            if (error is VeniceApiException api)
            {
                Assert.DoesNotContain(ApiKeysTests.Key, api.RawBody ?? string.Empty, StringComparison.Ordinal);
            }
        }
    }
}
