using System;
using System.Threading.Tasks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using VeniceAot.Models;
using VeniceAot.Testing;
using static VeniceAot.Extensions.DependencyInjection.Tests.TestSupport;

namespace VeniceAot.Extensions.DependencyInjection.Tests
{
    /// <summary>Several clients in one container: each key has its own options, HttpClient pipeline and server.</summary>
    public sealed class KeyedClientTests
    {
        /// <summary>A consumer that asks for the admin client by attribute, as an app's service would.</summary>
        public sealed class AdminConsumer([FromKeyedServices("admin")] VeniceClient admin, [FromKeyedServices("admin")] IModelsApi adminModels, VeniceClient main)
        {
            public VeniceClient Admin { get; } = admin;

            public IModelsApi AdminModels { get; } = adminModels;

            public VeniceClient Main { get; } = main;
        }

        [Fact]
        public async Task Keyed_clients_send_their_own_keys_to_their_own_servers()
        {
            await using LoopbackServer mainServer = await ModelsServerAsync();
            await using LoopbackServer adminServer = await ModelsServerAsync();
            IConfiguration configuration = Configuration(
            [
                Pair("Venice:ApiKey", Key),
                Pair("Venice:BaseAddress", mainServer.BaseAddress.ToString()),
                Pair("Venice:Admin:ApiKey", AdminKey),
                Pair("Venice:Admin:BaseAddress", adminServer.BaseAddress.ToString()),
                Pair("Venice:Admin:UserAgent", "admin-agent"),
            ]);
            var adminCounter = new RequestCounter();
            var services = new ServiceCollection();
            // The default client reads "Venice" but must not trip over the "Admin" subsection: give it its own view.
            services.AddVeniceClient(o =>
            {
                o.ApiKey = configuration["Venice:ApiKey"];
                o.BaseAddress = new Uri(configuration["Venice:BaseAddress"]!);
            });
            IHttpClientBuilder adminBuilder = services.AddKeyedVeniceClient("admin", configuration.GetSection("Venice:Admin"))
                .AddHttpMessageHandler(adminCounter.NewHandler);
            services.AddSingleton<AdminConsumer>();
            await using ServiceProvider provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });

            AdminConsumer consumer = provider.GetRequiredService<AdminConsumer>();
            Assert.NotSame(consumer.Main, consumer.Admin);
            Assert.Same(consumer.Admin, provider.GetRequiredKeyedService<VeniceClient>("admin"));
            Assert.Same(consumer.Admin.Models, consumer.AdminModels);
            Assert.Equal(VeniceClientNames.ForKey("admin"), adminBuilder.Name);

            await consumer.Admin.Models.ListAsync();
            await consumer.Main.Models.ListAsync();
            await provider.GetRequiredService<IModelsApi>().ListAsync();

            RecordedRequest admin = Assert.Single(adminServer.Requests);
            Assert.Equal("Bearer " + AdminKey, admin.Header("Authorization"));
            Assert.Equal("admin-agent", admin.Header("User-Agent"));
            Assert.Equal("/api/v1/models", admin.RawPath);
            Assert.Equal(2, mainServer.Requests.Count);
            Assert.All(mainServer.Requests, r => Assert.Equal("Bearer " + Key, r.Header("Authorization")));
            Assert.All(mainServer.Requests, r => Assert.StartsWith("VeniceAot/", r.Header("User-Agent")));
            // The handler was added to the admin pipeline only.
            Assert.Equal(1, adminCounter.Requests);
            Assert.Equal("1", admin.Header("X-Counted"));
            Assert.All(mainServer.Requests, r => Assert.Null(r.Header("X-Counted")));

            IOptionsMonitor<VeniceClientOptions> monitor = provider.GetRequiredService<IOptionsMonitor<VeniceClientOptions>>();
            Assert.Equal(AdminKey, monitor.Get(VeniceClientNames.ForKey("admin")).ApiKey);
            Assert.Equal(Key, monitor.Get(VeniceClientNames.Default).ApiKey);
        }

        [Fact]
        public async Task Keyed_client_without_a_key_names_its_own_configuration_key()
        {
            await using LoopbackServer server = await ModelsServerAsync();
            IConfiguration configuration = Configuration([Pair("Venice:Billing:BaseAddress", server.BaseAddress.ToString())]);
            var services = new ServiceCollection();
            services.AddVeniceClient(o => { o.ApiKey = Key; o.BaseAddress = server.BaseAddress; });
            services.AddKeyedVeniceClient("billing", configuration.GetSection("Venice:Billing"));
            await using ServiceProvider provider = services.BuildServiceProvider();

            // The default client is unaffected by the broken keyed one.
            await provider.GetRequiredService<VeniceClient>().Models.ListAsync();
            OptionsValidationException error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredKeyedService<VeniceClient>("billing"));

            Assert.Equal(VeniceClientNames.ForKey("billing"), error.OptionsName);
            Assert.Contains("'Venice:Billing:ApiKey'", error.Message, StringComparison.Ordinal);
            Assert.Contains("Venice__Billing__ApiKey", error.Message, StringComparison.Ordinal);
            Assert.DoesNotContain(Key, error.Message, StringComparison.Ordinal);
        }
    }
}
