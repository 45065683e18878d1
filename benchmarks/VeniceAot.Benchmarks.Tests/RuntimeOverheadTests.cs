using System;
using System.Diagnostics;
using System.Reflection;
using System.Net.Http;
using System.Threading.Tasks;
using VeniceAot.Benchmarks;
using VeniceAot.Benchmarks.Scenarios;
using VeniceAot.Chat;
using VeniceAot.Http;
using Xunit.Abstractions;

[assembly: CollectionBehavior(DisableTestParallelization = true)]

namespace VeniceAot.Benchmarks.Tests
{
    /// <summary>
    /// The runtime changes the benchmarks led to (src/VeniceAot/Http): static-route URIs are reused, URIs with values
    /// are not, the JSON body is labelled as before, and VeniceAot allocates within 10 % of the hand-written floor.
    /// (Parallelization is off in this assembly: allocation is counted process-wide.)
    /// </summary>
    public sealed class RuntimeOverheadTests(ITestOutputHelper output)
    {
        [Fact]
        public void A_static_route_uri_is_built_once_and_reused()
        {
            var first = new RequestUriBuilder("https://static-route.test/api/v1");
            first.AppendPath("chat/completions");
            Uri a = first.ToUri();
            var second = new RequestUriBuilder("https://static-route.test/api/v1");
            second.AppendPath("chat/completions");
            Uri b = second.ToUri();

            Assert.Same(a, b);
            Assert.Equal("https://static-route.test/api/v1/chat/completions", a.AbsoluteUri);

            var other = new RequestUriBuilder("https://static-route.test/api/v1");
            other.AppendPath("embeddings");
            Assert.Equal("https://static-route.test/api/v1/embeddings", other.ToUri().AbsoluteUri);
        }

        [Fact]
        public void A_uri_with_path_or_query_values_is_built_every_time_and_escaped()
        {
            Uri Build(string id)
            {
                var builder = new RequestUriBuilder("https://dynamic-route.test/api/v1");
                builder.AppendPath("api_keys");
                builder.AppendQuery("id", id);
                return builder.ToUri();
            }

            Uri a = Build("k1");
            Uri b = Build("k1");
            Assert.NotSame(a, b);
            Assert.Equal(a, b);
            Assert.Equal("/api/v1/api_keys?id=a%2Fb%20c", Build("a/b c").PathAndQuery);

            Uri Path(string id)
            {
                var builder = new RequestUriBuilder("https://dynamic-route.test/api/v1");
                builder.AppendPath("api_keys/");
                builder.AppendPathValue(id, "id");
                return builder.ToUri();
            }

            Assert.NotSame(Path("x"), Path("x"));
            Assert.Equal("/api/v1/api_keys/x%3Fy", Path("x?y").PathAndQuery);

            // A null query value adds nothing, so the URI is static again.
            var first = new RequestUriBuilder("https://dynamic-route.test/api/v1");
            first.AppendPath("models");
            first.AppendQuery("type", null);
            var second = new RequestUriBuilder("https://dynamic-route.test/api/v1");
            second.AppendPath("models");
            second.AppendQuery("type", null);
            Assert.Same(first.ToUri(), second.ToUri());
        }

        [Fact]
        public async Task Json_bodies_still_go_out_as_application_json()
        {
            HttpContent content = JsonBody.Create(Fixtures.ChatRequest, global::VeniceAot.Chat.ChatJsonContext.Default.ChatCompletionRequest);
            Assert.Equal("application/json", content.Headers.ContentType?.MediaType);
            Assert.Equal(await content.ReadAsByteArrayAsync(), System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(Fixtures.ChatRequest, global::VeniceAot.Chat.ChatJsonContext.Default.ChatCompletionRequest));
        }

        [Theory]
        [InlineData(typeof(ChatInMemory))]
        [InlineData(typeof(DeleteKey))]
        [InlineData(typeof(Embed))]
        public async Task VeniceAot_allocates_within_ten_percent_of_the_floor(Type scenarioType)
        {
            // A Debug build compiles async methods as heap-allocated state machines, which says nothing about what users
            // run; the comparison is only meaningful against an optimized VeniceAot (dotnet test -c Release).
            if (typeof(ApiConnection).Assembly.GetCustomAttribute<DebuggableAttribute>()?.IsJITOptimizerDisabled == true)
            {
                output.WriteLine("SKIPPED: VeniceAot is a Debug build here; run `dotnet test benchmarks/VeniceAot.Benchmarks.Tests -c Release` for the allocation check.");
                return;
            }

            var scenario = (Scenario)Activator.CreateInstance(scenarioType)!;
            scenario.Setup();
            try
            {
                dynamic s = scenario;
                long floor = await BytesPerCall(() => (Task)s.Floor());
                long venice = await BytesPerCall(() => (Task)s.VeniceAot());
                Assert.True(venice <= floor * 1.10, $"{scenarioType.Name}: VeniceAot {venice} B per call, floor {floor} B");
            }
            finally
            {
                scenario.Cleanup();
            }
        }

        private static async Task<long> BytesPerCall(Func<Task> call)
        {
            const int calls = 500;
            for (int i = 0; i < 100; i++)
            {
                await call();
            }

            long before = GC.GetTotalAllocatedBytes(precise: true);
            for (int i = 0; i < calls; i++)
            {
                await call();
            }

            return (GC.GetTotalAllocatedBytes(precise: true) - before) / calls;
        }
    }
}
