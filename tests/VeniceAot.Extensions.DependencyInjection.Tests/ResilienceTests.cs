using System;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Polly;
using VeniceAot.Models;
using VeniceAot.Testing;
using static VeniceAot.Extensions.DependencyInjection.Tests.TestSupport;

namespace VeniceAot.Extensions.DependencyInjection.Tests
{
    /// <summary>
    /// The resilience rule: one retry layer. With a resilience handler in the pipeline, VeniceAot's own retries are
    /// off, so a 503 is sent exactly as often as the pipeline says (not pipeline × built-in attempts).
    /// </summary>
    public sealed class ResilienceTests
    {
        private static Task<LoopbackServer> Always503Async() => LoopbackServer.StartJsonAsync(503, """{"error":"overloaded"}""");

        private static void FourBuiltInAttempts(VeniceClientOptions o, LoopbackServer server)
        {
            o.ApiKey = Key;
            o.BaseAddress = server.BaseAddress;
            o.Retry.MaxAttempts = 4;
            o.Retry.BaseDelay = TimeSpan.Zero;
        }

        [Fact]
        public async Task Without_a_pipeline_the_built_in_retries_run()
        {
            await using LoopbackServer server = await Always503Async();
            var services = new ServiceCollection();
            services.AddVeniceClient(o => FourBuiltInAttempts(o, server));
            await using ServiceProvider provider = services.BuildServiceProvider();

            VeniceApiException error = await Assert.ThrowsAsync<VeniceApiException>(() => provider.GetRequiredService<IModelsApi>().ListAsync());

            Assert.Equal(HttpStatusCode.ServiceUnavailable, error.StatusCode);
            Assert.Equal(4, server.Requests.Count);
        }

        [Fact]
        public async Task With_a_resilience_handler_the_pipeline_alone_retries()
        {
            await using LoopbackServer server = await Always503Async();
            var services = new ServiceCollection();
            services.AddVeniceClient(o => FourBuiltInAttempts(o, server))
                .AddResilienceHandler("venice-retry", pipeline => pipeline.AddRetry(new HttpRetryStrategyOptions
                {
                    MaxRetryAttempts = 2,
                    Delay = TimeSpan.Zero,
                    BackoffType = DelayBackoffType.Constant,
                    UseJitter = false,
                }));
            await using ServiceProvider provider = services.BuildServiceProvider();

            VeniceApiException error = await Assert.ThrowsAsync<VeniceApiException>(() => provider.GetRequiredService<IModelsApi>().ListAsync());

            // 1 + 2 pipeline retries = 3; with both layers it would be 3 × 4 = 12.
            Assert.Equal(HttpStatusCode.ServiceUnavailable, error.StatusCode);
            Assert.Equal(3, server.Requests.Count);
            Assert.All(server.Requests, r => Assert.Equal("Bearer " + Key, r.Header("Authorization")));
        }

        [Fact]
        public async Task With_the_standard_handler_the_pipeline_alone_retries_and_a_recovery_succeeds()
        {
            int calls = 0;
            await using LoopbackServer server = await LoopbackServer.StartAsync((_, context) =>
                ++calls < 3
                    ? Respond.Json(context, 503, """{"error":"overloaded"}""")
                    : Respond.Json(context, 200, ModelsJson));
            var services = new ServiceCollection();
            services.AddVeniceClient(o => FourBuiltInAttempts(o, server))
                .AddStandardResilienceHandler(o =>
                {
                    o.Retry.MaxRetryAttempts = 5;
                    o.Retry.Delay = TimeSpan.Zero;
                    o.Retry.UseJitter = false;
                    o.Retry.BackoffType = DelayBackoffType.Constant;
                });
            await using ServiceProvider provider = services.BuildServiceProvider();

            ModelList models = await provider.GetRequiredService<IModelsApi>().ListAsync();

            Assert.Equal("venice-uncensored", Assert.Single(models.Data).Id);
            Assert.Equal(3, server.Requests.Count);
        }

        [Fact]
        public async Task Resilience_added_to_all_clients_through_the_defaults_is_seen_too()
        {
            await using LoopbackServer server = await Always503Async();
            var services = new ServiceCollection();
            services.ConfigureHttpClientDefaults(http => http.AddResilienceHandler("everyone", pipeline => pipeline.AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = 1,
                Delay = TimeSpan.Zero,
                UseJitter = false,
            })));
            services.AddVeniceClient(o => FourBuiltInAttempts(o, server));
            await using ServiceProvider provider = services.BuildServiceProvider();

            await Assert.ThrowsAsync<VeniceApiException>(() => provider.GetRequiredService<IModelsApi>().ListAsync());

            Assert.Equal(2, server.Requests.Count);
        }

        [Fact]
        public async Task A_plain_handler_does_not_switch_the_built_in_retries_off()
        {
            await using LoopbackServer server = await Always503Async();
            var counter = new RequestCounter();
            var services = new ServiceCollection();
            services.AddVeniceClient(o => FourBuiltInAttempts(o, server)).AddHttpMessageHandler(counter.NewHandler);
            await using ServiceProvider provider = services.BuildServiceProvider();

            await Assert.ThrowsAsync<VeniceApiException>(() => provider.GetRequiredService<IModelsApi>().ListAsync());

            Assert.Equal(4, server.Requests.Count);
            Assert.Equal(4, counter.Requests);
        }
    }
}
