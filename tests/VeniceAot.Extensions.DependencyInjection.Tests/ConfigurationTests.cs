using System;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using VeniceAot.Models;
using VeniceAot.Testing;
using static VeniceAot.Extensions.DependencyInjection.Tests.TestSupport;

namespace VeniceAot.Extensions.DependencyInjection.Tests
{
    /// <summary>Options read from an IConfiguration section (in-memory here; the same for JSON files and environment variables).</summary>
    public sealed class ConfigurationTests
    {
        [Fact]
        public async Task Every_key_is_read_from_the_section()
        {
            IConfiguration configuration = Configuration(
            [
                Pair("Venice:ApiKey", Key),
                Pair("Venice:BaseAddress", "http://127.0.0.1:1/api/v1"),
                Pair("Venice:Timeout", "00:00:42"),
                Pair("Venice:UserAgent", "configured/2.0"),
                Pair("Venice:AllowInsecureHttp", "true"),
                Pair("Venice:OverallTimeout", "00:02:00"),
                Pair("Venice:MaxResponseBytes", "1048576"),
                Pair("Venice:FailureBudgetThreshold", "7"),
                Pair("Venice:RecordContent", "true"),
                Pair("Venice:Retry:Enabled", "false"),
                Pair("Venice:Retry:MaxAttempts", "4"),
                Pair("Venice:Retry:BaseDelay", "00:00:00.250"),
                Pair("Venice:Retry:MaxDelay", "00:00:09"),
            ]);
            var services = new ServiceCollection();
            services.AddVeniceClient(configuration.GetSection("Venice"));
            await using ServiceProvider provider = services.BuildServiceProvider();

            VeniceClientOptions options = provider.GetRequiredService<IOptionsMonitor<VeniceClientOptions>>().Get(VeniceClientNames.Default);

            Assert.Equal(Key, options.ApiKey);
            Assert.Equal(new Uri("http://127.0.0.1:1/api/v1"), options.BaseAddress);
            Assert.Equal(TimeSpan.FromSeconds(42), options.Timeout);
            Assert.Equal("configured/2.0", options.UserAgent);
            Assert.True(options.AllowInsecureHttp);
            Assert.Equal(TimeSpan.FromMinutes(2), options.OverallTimeout);
            Assert.Equal(1048576, options.MaxResponseBytes);
            Assert.Equal(7, options.FailureBudgetThreshold);
            Assert.True(options.RecordContent);
            Assert.False(options.Retry.Enabled);
            Assert.Equal(4, options.Retry.MaxAttempts);
            Assert.Equal(TimeSpan.FromMilliseconds(250), options.Retry.BaseDelay);
            Assert.Equal(TimeSpan.FromSeconds(9), options.Retry.MaxDelay);
        }

        [Fact]
        public async Task Configured_retries_and_key_reach_the_server()
        {
            await using LoopbackServer server = await LoopbackServer.StartJsonAsync(503, """{"error":"busy"}""");
            IConfiguration configuration = Configuration(
            [
                Pair("Venice:ApiKey", Key),
                Pair("Venice:BaseAddress", server.BaseAddress.ToString()),
                Pair("Venice:Retry:MaxAttempts", "4"),
                Pair("Venice:Retry:BaseDelay", "00:00:00"),
            ]);
            var services = new ServiceCollection();
            services.AddVeniceClient(configuration.GetSection("Venice"));
            await using ServiceProvider provider = services.BuildServiceProvider();

            VeniceApiException error = await Assert.ThrowsAsync<VeniceApiException>(() => provider.GetRequiredService<IModelsApi>().ListAsync());

            Assert.Equal(System.Net.HttpStatusCode.ServiceUnavailable, error.StatusCode);
            Assert.Equal(4, server.Requests.Count);
            Assert.All(server.Requests, r => Assert.Equal("/api/v1/models", r.RawPath));
            Assert.All(server.Requests, r => Assert.Equal("Bearer " + Key, r.Header("Authorization")));
        }

        [Fact]
        public async Task Configured_timeout_bounds_a_slow_answer()
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
            IConfiguration configuration = Configuration(
            [
                Pair("Venice:ApiKey", Key),
                Pair("Venice:BaseAddress", server.BaseAddress.ToString()),
                Pair("Venice:Timeout", "00:00:00.400"),
            ]);
            var services = new ServiceCollection();
            services.AddVeniceClient(configuration.GetSection("Venice"));
            await using ServiceProvider provider = services.BuildServiceProvider();

            VeniceTimeoutException error = await Assert.ThrowsAsync<VeniceTimeoutException>(() => provider.GetRequiredService<IModelsApi>().ListAsync());

            Assert.Equal(TimeSpan.FromMilliseconds(400), error.Timeout);
            Assert.Single(server.Requests);
        }

        [Fact]
        public async Task Callback_runs_after_the_section()
        {
            IConfiguration configuration = Configuration([Pair("Venice:ApiKey", Key), Pair("Venice:UserAgent", "from-config")]);
            var services = new ServiceCollection();
            services.AddVeniceClient(configuration.GetSection("Venice"), o => o.UserAgent = "from-callback");
            await using ServiceProvider provider = services.BuildServiceProvider();

            VeniceClientOptions options = provider.GetRequiredService<IOptionsMonitor<VeniceClientOptions>>().Get(VeniceClientNames.Default);

            Assert.Equal("from-callback", options.UserAgent);
            Assert.Equal(Key, options.ApiKey);
        }

        [Fact]
        public async Task Missing_api_key_names_the_configuration_key_and_environment_variable()
        {
            IConfiguration configuration = Configuration([Pair("Venice:Timeout", "00:00:10")]);
            var services = new ServiceCollection();
            services.AddVeniceClient(configuration.GetSection("Venice"));
            await using ServiceProvider provider = services.BuildServiceProvider();

            OptionsValidationException error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<VeniceClient>());

            Assert.Equal(typeof(VeniceClientOptions), error.OptionsType);
            string failure = Assert.Single(error.Failures);
            Assert.Contains("set the configuration key 'Venice:ApiKey'", failure, StringComparison.Ordinal);
            Assert.Contains("environment variable Venice__ApiKey", failure, StringComparison.Ordinal);
        }

        [Fact]
        public async Task Unparsable_value_names_its_key_but_never_prints_the_api_key()
        {
            IConfiguration configuration = Configuration([Pair("Venice:ApiKey", Key), Pair("Venice:Retry:MaxAttempts", "three")]);
            var services = new ServiceCollection();
            services.AddVeniceClient(configuration.GetSection("Venice"));
            await using ServiceProvider provider = services.BuildServiceProvider();

            InvalidOperationException error = Assert.Throws<InvalidOperationException>(() => provider.GetRequiredService<VeniceClient>());

            Assert.Equal("The Venice configuration key 'Venice:Retry:MaxAttempts' has the value 'three', which is not a whole number (32-bit).", error.Message);
        }

        [Fact]
        public async Task Misspelt_key_is_an_error_not_silently_ignored()
        {
            IConfiguration configuration = Configuration([Pair("Venice:ApiKey", Key), Pair("Venice:Retry:MaxAttempt", "2"), Pair("Venice:Timout", "00:00:01")]);
            var services = new ServiceCollection();
            services.AddVeniceClient(configuration.GetSection("Venice"));
            await using ServiceProvider provider = services.BuildServiceProvider();

            InvalidOperationException error = Assert.Throws<InvalidOperationException>(() => provider.GetRequiredService<VeniceClient>());

            Assert.StartsWith("Unknown Venice configuration key(s): Venice:Timout.", error.Message, StringComparison.Ordinal);
            Assert.DoesNotContain(Key, error.Message, StringComparison.Ordinal);
        }

        [Fact]
        public async Task Invalid_base_address_is_reported_with_its_key()
        {
            IConfiguration configuration = Configuration([Pair("Venice:ApiKey", Key), Pair("Venice:BaseAddress", "ftp://example.com/api")]);
            var services = new ServiceCollection();
            services.AddVeniceClient(configuration.GetSection("Venice"));
            await using ServiceProvider provider = services.BuildServiceProvider();

            InvalidOperationException error = Assert.Throws<InvalidOperationException>(() => provider.GetRequiredService<VeniceClient>());

            Assert.Contains("'Venice:BaseAddress' has the value 'ftp://example.com/api'", error.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void Reader_knows_every_settable_option_except_the_code_only_ones()
        {
            // A new option in VeniceClientOptions or RetryOptions needs a configuration key here (or a reason not to).
            string[] codeOnly = ["HttpClient", "SignInWithX"];
            string[] options = typeof(VeniceClientOptions).GetProperties().Where(p => p.CanWrite).Select(p => p.Name).Except(codeOnly).Order().ToArray();
            string[] retry = typeof(RetryOptions).GetProperties().Where(p => p.CanWrite).Select(p => p.Name).Order().ToArray();

            Assert.Equal(options, VeniceConfigurationReader.TopLevelKeys.Order().ToArray());
            Assert.Equal(retry, VeniceConfigurationReader.RetryKeys.Order().ToArray());
        }
    }
}
