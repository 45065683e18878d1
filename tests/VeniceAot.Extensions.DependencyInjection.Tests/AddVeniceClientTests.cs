using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using VeniceAot.Chat;
using VeniceAot.Models;
using VeniceAot.Testing;
using static VeniceAot.Extensions.DependencyInjection.Tests.TestSupport;

namespace VeniceAot.Extensions.DependencyInjection.Tests
{
    /// <summary>AddVeniceClient with a callback: resolve, call a real server, see the pipeline and the lifetimes.</summary>
    public sealed class AddVeniceClientTests
    {
        [Fact]
        public async Task Resolved_client_calls_the_configured_server_with_the_key()
        {
            await using LoopbackServer server = await ModelsServerAsync();
            var services = new ServiceCollection();
            services.AddVeniceClient(o =>
            {
                o.ApiKey = Key;
                o.BaseAddress = server.BaseAddress;
                o.UserAgent = "di-tests/1.0";
            });
            await using ServiceProvider provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });

            VeniceClient client = provider.GetRequiredService<VeniceClient>();
            ModelList models = await client.Models.ListAsync();

            Assert.Equal("venice-uncensored", Assert.Single(models.Data).Id);
            RecordedRequest request = Assert.Single(server.Requests);
            Assert.Equal("GET", request.Method);
            Assert.Equal("/api/v1/models", request.RawPath);
            Assert.Equal("Bearer " + Key, request.Header("Authorization"));
            Assert.Equal("di-tests/1.0", request.Header("User-Agent"));
        }

        [Fact]
        public async Task Client_and_group_clients_are_singletons_taken_from_the_client()
        {
            await using LoopbackServer server = await ModelsServerAsync();
            var services = new ServiceCollection();
            services.AddVeniceClient(o => { o.ApiKey = Key; o.BaseAddress = server.BaseAddress; });
            await using ServiceProvider provider = services.BuildServiceProvider();

            VeniceClient client = provider.GetRequiredService<VeniceClient>();
            Assert.Same(client, provider.GetRequiredService<VeniceClient>());
            using (IServiceScope scope = provider.CreateScope())
            {
                Assert.Same(client, scope.ServiceProvider.GetRequiredService<VeniceClient>());
            }

            Assert.Same(client.Models, provider.GetRequiredService<IModelsApi>());
            Assert.Same(client.Chat, provider.GetRequiredService<ChatClient>());
            Assert.Same(client.ApiKeys, provider.GetRequiredService<VeniceAot.ApiKeys.IApiKeysApi>());

            ModelList models = await provider.GetRequiredService<IModelsApi>().ListAsync(ModelType.Text);
            Assert.Single(models.Data);
            Assert.Equal("?type=text", server.LastRequest.QueryString);
        }

        [Fact]
        public async Task Handler_added_through_the_returned_builder_runs_on_every_request()
        {
            await using LoopbackServer server = await ModelsServerAsync();
            var counter = new RequestCounter();
            var services = new ServiceCollection();
            IHttpClientBuilder builder = services.AddVeniceClient(o => { o.ApiKey = Key; o.BaseAddress = server.BaseAddress; })
                .AddHttpMessageHandler(counter.NewHandler);
            await using ServiceProvider provider = services.BuildServiceProvider();

            Assert.Equal(VeniceClientNames.Default, builder.Name);
            IModelsApi models = provider.GetRequiredService<IModelsApi>();
            await models.ListAsync();
            await models.ListAsync();

            Assert.Equal(2, counter.Requests);
            Assert.Equal(new[] { "1", "2" }, server.Requests.Select(r => r.Header("X-Counted") ?? "(none)").ToArray());
        }

        [Fact]
        public async Task The_factory_pipeline_rotates_under_the_singleton_client()
        {
            // The singleton keeps one HttpClient, but its primary handler asks IHttpMessageHandlerFactory for the
            // current pipeline per request: once the handler lifetime (1 s, the factory's minimum) ends, a new
            // pipeline is built and used, which is how DNS changes and handler lifetimes reach a long-lived client.
            await using LoopbackServer server = await ModelsServerAsync();
            var counter = new RequestCounter();
            var services = new ServiceCollection();
            services.AddVeniceClient(o => { o.ApiKey = Key; o.BaseAddress = server.BaseAddress; })
                .AddHttpMessageHandler(counter.NewHandler)
                .SetHandlerLifetime(TimeSpan.FromSeconds(1));
            await using ServiceProvider provider = services.BuildServiceProvider();
            VeniceClient client = provider.GetRequiredService<VeniceClient>();

            await client.Models.ListAsync();
            Assert.Equal(1, counter.Handlers);
            DateTime deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
            while (counter.Handlers < 2 && DateTime.UtcNow < deadline)
            {
                await Task.Delay(100);
                await client.Models.ListAsync();
            }

            Assert.Equal(2, counter.Handlers);
            Assert.Equal(counter.Requests, server.Requests.Count);
            Assert.All(server.Requests, r => Assert.Equal("Bearer " + Key, r.Header("Authorization")));
        }

        [Fact]
        public async Task ConfigureHttpClient_actions_apply_and_set_the_timeout_the_client_reports()
        {
            await using LoopbackServer server = await LoopbackServer.StartAsync(async (_, context) =>
            {
                try
                {
                    await Task.Delay(TimeSpan.FromSeconds(10), context.RequestAborted);
                }
                catch (OperationCanceledException)
                {
                    // The client gave up, as the test expects.
                }
            });
            var services = new ServiceCollection();
            services.AddVeniceClient(o => { o.ApiKey = Key; o.BaseAddress = server.BaseAddress; o.Timeout = TimeSpan.FromMinutes(5); })
                .ConfigureHttpClient(http =>
                {
                    http.DefaultRequestHeaders.Add("X-From-Factory", "yes");
                    http.Timeout = TimeSpan.FromMilliseconds(300);
                });
            await using ServiceProvider provider = services.BuildServiceProvider();

            VeniceTimeoutException error = await Assert.ThrowsAsync<VeniceTimeoutException>(() => provider.GetRequiredService<IModelsApi>().ListAsync());

            Assert.Equal(TimeSpan.FromMilliseconds(300), error.Timeout);
            Assert.Equal("yes", server.LastRequest.Header("X-From-Factory"));
        }

        [Fact]
        public async Task Disposing_the_client_or_the_container_leaves_the_factory_working()
        {
            await using LoopbackServer server = await ModelsServerAsync();
            var services = new ServiceCollection();
            services.AddVeniceClient(o => { o.ApiKey = Key; o.BaseAddress = server.BaseAddress; });
            await using ServiceProvider provider = services.BuildServiceProvider();
            VeniceClient client = provider.GetRequiredService<VeniceClient>();
            await client.Models.ListAsync();

            client.Dispose();

            // The client never disposes what the factory owns: the same pipeline still serves the factory's own
            // clients, and even the disposed facade (which owns nothing) still sends.
            using HttpClient http = provider.GetRequiredService<IHttpClientFactory>().CreateClient(VeniceClientNames.Default);
            using HttpResponseMessage response = await http.GetAsync(new Uri(server.Root, "api/v1/models"));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            await client.Models.ListAsync();
            Assert.Equal(3, server.Requests.Count);
        }

        [Fact]
        public async Task Missing_api_key_fails_the_first_resolve_with_a_typed_error()
        {
            var services = new ServiceCollection();
            services.AddVeniceClient(o => o.BaseAddress = new Uri("https://example.invalid/api/v1"));
            await using ServiceProvider provider = services.BuildServiceProvider();

            OptionsValidationException error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<VeniceClient>());

            Assert.Equal(VeniceClientNames.Default, error.OptionsName);
            Assert.Contains("set VeniceClientOptions.ApiKey in the configure callback", error.Message, StringComparison.Ordinal);
        }

        [Fact]
        public async Task Invalid_options_are_reported_together_without_the_key()
        {
            var services = new ServiceCollection();
            services.AddVeniceClient(o =>
            {
                o.ApiKey = Key;
                o.BaseAddress = new Uri("relative/path", UriKind.Relative);
                o.Retry.MaxAttempts = 0;
                o.MaxResponseBytes = 0;
            });
            await using ServiceProvider provider = services.BuildServiceProvider();

            OptionsValidationException error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IModelsApi>());

            Assert.Equal(3, error.Failures.Count());
            Assert.Contains("VeniceClientOptions.BaseAddress", error.Message, StringComparison.Ordinal);
            Assert.Contains("VeniceClientOptions.Retry.MaxAttempts", error.Message, StringComparison.Ordinal);
            Assert.Contains("VeniceClientOptions.MaxResponseBytes", error.Message, StringComparison.Ordinal);
            Assert.DoesNotContain(Key, error.Message, StringComparison.Ordinal);
        }

        [Fact]
        public async Task Credentials_are_redacted_in_factory_logs_even_if_the_app_redacts_nothing()
        {
            var services = new ServiceCollection();
            services.AddVeniceClient(o => o.ApiKey = Key).RedactLoggedHeaders(_ => false);
            await using ServiceProvider provider = services.BuildServiceProvider();

            Microsoft.Extensions.Http.HttpClientFactoryOptions factory = provider
                .GetRequiredService<IOptionsMonitor<Microsoft.Extensions.Http.HttpClientFactoryOptions>>().Get(VeniceClientNames.Default);

            Assert.True(factory.ShouldRedactHeaderValue("Authorization"));
            Assert.True(factory.ShouldRedactHeaderValue("sign-in-with-x"));
            Assert.False(factory.ShouldRedactHeaderValue("User-Agent"));
        }

        [Fact]
        public async Task Named_options_stay_as_configured_after_the_client_is_built()
        {
            await using LoopbackServer server = await ModelsServerAsync();
            var services = new ServiceCollection();
            services.AddVeniceClient(o => { o.ApiKey = Key; o.BaseAddress = server.BaseAddress; })
                .AddResilienceHandler("retry", pipeline => { });
            await using ServiceProvider provider = services.BuildServiceProvider();

            provider.GetRequiredService<VeniceClient>();
            VeniceClientOptions options = provider.GetRequiredService<IOptionsMonitor<VeniceClientOptions>>().Get(VeniceClientNames.Default);

            Assert.Null(options.HttpClient);
            Assert.True(options.Retry.Enabled);
        }
    }
}
