using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Reflection;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using VeniceAot.ApiKeys;
using VeniceAot.Http;
using Xunit.Abstractions;

namespace VeniceAot.Tests.Load
{
    /// <summary>
    /// Many requests through one <see cref="VeniceClient"/> with its own handler: nothing fails, connections are
    /// pooled (not one socket per request), and the managed heap does not grow with the request count.
    /// </summary>
    /// <remarks>
    /// The default run sends 10,000 requests with 64 in flight (a few seconds on 2 shared cores);
    /// <c>VENICE_LOAD_REQUESTS</c> changes the count. There are no timing assertions: the duration is reported only,
    /// and the time bound exists to turn a hang into a failure.
    /// </remarks>
    public sealed class LoadTests(ITestOutputHelper output)
    {
        private const int InFlight = 64;
        private const long HeapGrowthBound = 64L * 1024 * 1024;
        private static readonly TimeSpan HangBound = TimeSpan.FromMinutes(3);

        [Fact]
        public async Task Ten_thousand_deletes_with_64_in_flight_through_one_client_all_succeed_with_flat_memory()
        {
            int total = Count("VENICE_LOAD_REQUESTS", 10_000);
            await using LeanServer server = await LeanServer.StartAsync();
            using var client = new VeniceClient(new VeniceClientOptions { ApiKey = ApiKeysTests.Key, BaseAddress = server.BaseAddress });

            SocketsHttpHandler handler = OwnHandler(client.Connection);
            output.WriteLine($"handler: {handler.GetType().Name}, PooledConnectionLifetime = {handler.PooledConnectionLifetime}, MaxConnectionsPerServer = {handler.MaxConnectionsPerServer}");
            Assert.NotEqual(Timeout.InfiniteTimeSpan, handler.PooledConnectionLifetime);
            Assert.InRange(handler.PooledConnectionLifetime, TimeSpan.FromSeconds(1), TimeSpan.FromHours(1));

            // Warm up (JIT, connection pool) so the baseline is not the cold process.
            await RunAsync(client, InFlight, InFlight, new ConcurrentQueue<string>()).WaitAsync(HangBound);
            Snapshot start = Snapshot.Take();

            var failures = new ConcurrentQueue<string>();
            var clock = Stopwatch.StartNew();
            await RunAsync(client, total, InFlight, failures).WaitAsync(HangBound);
            clock.Stop();
            Snapshot end = Snapshot.Take();

            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"requests: {total}, in flight: {InFlight}, failures: {failures.Count}, duration: {clock.Elapsed.TotalSeconds:0.00} s ({total / clock.Elapsed.TotalSeconds:0} req/s)"));
            output.WriteLine($"server: {server.Requests} requests over {server.Connections} connections");
            output.WriteLine($"working set: start {Snapshot.MiB(start.WorkingSet)}, end {Snapshot.MiB(end.WorkingSet)}");
            output.WriteLine($"GC heap after forced GC: start {Snapshot.MiB(start.Heap)}, end {Snapshot.MiB(end.Heap)} (delta {Snapshot.MiB(end.Heap - start.Heap)})");
            foreach (string failure in failures.Take(5))
            {
                output.WriteLine("failure: " + failure);
            }

            Assert.Empty(failures);
            Assert.Equal(total + InFlight, server.Requests);

            // Pooled: at most one connection per concurrent request (plus slack for a lifetime rollover), never one per request.
            Assert.InRange(server.Connections, 1, InFlight + 8);
            Assert.True(end.Heap - start.Heap < HeapGrowthBound, $"The managed heap grew by {Snapshot.MiB(end.Heap - start.Heap)} over {total} requests (bound {Snapshot.MiB(HeapGrowthBound)}).");
        }

        internal static int Count(string variable, int fallback) =>
            int.TryParse(Environment.GetEnvironmentVariable(variable), NumberStyles.None, CultureInfo.InvariantCulture, out int value) && value > 0 ? value : fallback;

        private static async Task RunAsync(VeniceClient client, int total, int inFlight, ConcurrentQueue<string> failures)
        {
            int next = -1;
            async Task Worker()
            {
                int index;
                while ((index = Interlocked.Increment(ref next)) < total)
                {
                    try
                    {
                        DeleteApiKeyResponse result = await client.ApiKeys.DeleteAsync("key-" + index.ToString(CultureInfo.InvariantCulture)).ConfigureAwait(false);
                        if (!result.Success)
                        {
                            failures.Enqueue($"#{index}: success was {result.Success}");
                        }
                    }
                    catch (Exception ex)
                    {
                        failures.Enqueue($"#{index}: {ex.GetType().Name}: {ex.Message}");
                    }
                }
            }

            await Task.WhenAll(Enumerable.Range(0, inFlight).Select(_ => Task.Run(Worker))).ConfigureAwait(false);
        }

        /// <summary>The handler the library created for itself (read through the private fields: tests only).</summary>
        private static SocketsHttpHandler OwnHandler(ApiConnection connection)
        {
            FieldInfo httpField = typeof(ApiConnection).GetField("_http", BindingFlags.Instance | BindingFlags.NonPublic)
                ?? throw new InvalidOperationException("ApiConnection._http not found; update this test to reach the library's HttpClient.");
            var http = (HttpClient)httpField.GetValue(connection)!;
            FieldInfo handlerField = typeof(HttpMessageInvoker).GetField("_handler", BindingFlags.Instance | BindingFlags.NonPublic)
                ?? throw new InvalidOperationException("HttpMessageInvoker._handler not found.");
            HttpMessageHandler handler = (HttpMessageHandler)handlerField.GetValue(http)!;
            return Assert.IsType<SocketsHttpHandler>(handler);
        }

        private readonly record struct Snapshot(long WorkingSet, long Heap)
        {
            public static Snapshot Take()
            {
                GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
                GC.WaitForPendingFinalizers();
                long heap = GC.GetTotalMemory(forceFullCollection: true);
                using Process process = Process.GetCurrentProcess();
                process.Refresh();
                return new Snapshot(process.WorkingSet64, heap);
            }

            public static string MiB(long bytes) => (bytes / (1024.0 * 1024.0)).ToString("0.0", CultureInfo.InvariantCulture) + " MiB";
        }

        /// <summary>
        /// Kestrel on 127.0.0.1 that answers every request with <c>{"success":true}</c> and records nothing but two
        /// counters (requests, distinct connections), so the server's own memory stays flat however many requests arrive.
        /// </summary>
        private sealed class LeanServer : IAsyncDisposable
        {
            private static readonly byte[] Body = "{\"success\":true}"u8.ToArray();
            private readonly ConcurrentDictionary<string, byte> _connections = new();
            private WebApplication _app = null!;
            private int _requests;

            public Uri BaseAddress { get; private set; } = null!;

            public int Requests => Volatile.Read(ref _requests);

            public int Connections => _connections.Count;

            public static async Task<LeanServer> StartAsync()
            {
                var server = new LeanServer();
                WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
                builder.Logging.ClearProviders();
                builder.WebHost.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
                server._app = builder.Build();
                server._app.Run(async context =>
                {
                    Interlocked.Increment(ref server._requests);
                    server._connections.TryAdd(context.Connection.Id, 0);
                    context.Response.StatusCode = 200;
                    context.Response.ContentType = "application/json";
                    context.Response.ContentLength = Body.Length;
                    await context.Response.Body.WriteAsync(Body);
                });
                await server._app.StartAsync();
                string address = server._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
                server.BaseAddress = new Uri(address.TrimEnd('/') + "/api/v1");
                return server;
            }

            public async ValueTask DisposeAsync()
            {
                await _app.StopAsync();
                await _app.DisposeAsync();
            }
        }
    }
}
