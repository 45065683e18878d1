using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Configuration;
using VeniceAot.Testing;

namespace VeniceAot.Extensions.DependencyInjection.Tests
{
    internal static class TestSupport
    {
        public const string Key = "di-test-key-7c2f-SECRET";
        public const string AdminKey = "di-admin-key-91ab-SECRET";

        public const string ModelsJson = """{"object":"list","data":[{"id":"venice-uncensored","object":"model","type":"text"}]}""";

        public static Task<LoopbackServer> ModelsServerAsync() => LoopbackServer.StartJsonAsync(200, ModelsJson);

        public static IConfiguration Configuration(IEnumerable<KeyValuePair<string, string?>> values) =>
            new ConfigurationBuilder().AddInMemoryCollection(values).Build();

        public static KeyValuePair<string, string?> Pair(string key, string? value) => new(key, value);
    }

    /// <summary>A handler added through the returned builder: counts requests and stamps a header the server can see.</summary>
    internal sealed class CountingHandler(RequestCounter counter) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            int n = counter.Increment();
            request.Headers.TryAddWithoutValidation("X-Counted", n.ToString(System.Globalization.CultureInfo.InvariantCulture));
            return base.SendAsync(request, cancellationToken);
        }
    }

    /// <summary>Counts requests and the handler instances the factory built (one per pipeline, so rotations show).</summary>
    internal sealed class RequestCounter
    {
        private int _requests;
        private int _handlers;

        public int Requests => Volatile.Read(ref _requests);

        public int Handlers => Volatile.Read(ref _handlers);

        public int Increment() => Interlocked.Increment(ref _requests);

        public CountingHandler NewHandler()
        {
            Interlocked.Increment(ref _handlers);
            return new CountingHandler(this);
        }
    }
}
