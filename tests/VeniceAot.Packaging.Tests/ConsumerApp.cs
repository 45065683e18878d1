using System.Collections.Generic;
using System.Linq;
using System.Security;

namespace VeniceAot.Packaging.Tests
{
    /// <summary>
    /// The files of the consumer project the proof writes outside the repository: its own nuget.config, a project
    /// that references the packages by version only, its own <c>[VeniceApi]</c> interface for endpoints VeniceAot
    /// does not wrap (so the packaged generator must implement it) with its own JSON context, and a program that
    /// calls that generated client and one of the library's own groups.
    /// </summary>
    internal static class ConsumerApp
    {
        /// <summary>The consumer's assembly (and native binary) name.</summary>
        public const string AssemblyName = "widgets-proof";

        /// <summary>The key the program sends; the test checks it reached the server as a bearer token.</summary>
        public const string ApiKey = "proof-key-7f3a";

        /// <summary>
        /// The local feed for the packages just packed, nuget.org for everything else (the SDK's ILCompiler and
        /// runtime packs). Source mapping sends VeniceAot* to the local feed only, so the proof can never pick up a
        /// package of that name from nuget.org.
        /// </summary>
        public static string NuGetConfig(string feed) => $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="proof-feed" value="{SecurityElement.Escape(feed)}" />
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" protocolVersion="3" />
              </packageSources>
              <packageSourceMapping>
                <packageSource key="proof-feed">
                  <package pattern="VeniceAot" />
                  <package pattern="VeniceAot.*" />
                </packageSource>
                <packageSource key="nuget.org">
                  <package pattern="*" />
                </packageSource>
              </packageSourceMapping>
            </configuration>
            """;

        /// <summary>An application as a user would write it: warnings are errors and it publishes as Native AOT.</summary>
        public static string ProjectFile(IEnumerable<string> packageIds, string version) => $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <AssemblyName>{AssemblyName}</AssemblyName>
                <Nullable>enable</Nullable>
                <ImplicitUsings>disable</ImplicitUsings>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                <PublishAot>true</PublishAot>
                <InvariantGlobalization>true</InvariantGlobalization>
              </PropertyGroup>
              <ItemGroup>
            {string.Join("\n", packageIds.Select(id => $"    <PackageReference Include=\"{id}\" Version=\"{version}\" />"))}
              </ItemGroup>
            </Project>
            """;

        /// <summary>The consumer's own API: path, query and header parameters, a JSON body and an event stream.</summary>
        public const string WidgetsApi = """
            using System.Collections.Generic;
            using System.Text.Json.Serialization;
            using System.Threading;
            using System.Threading.Tasks;
            using VeniceAot.Http;

            namespace WidgetsProof;

            [VeniceApi(typeof(WidgetJsonContext))]
            public interface IWidgetsApi
            {
                [Get("/widgets/{id}")]
                Task<Widget> GetAsync(string id, [Query("verbose")] bool? verbose = null, [Header("X-Trace")] string? trace = null, CancellationToken cancellationToken = default);

                [Post("/widgets")]
                Task<Widget> CreateAsync([Body] NewWidget widget, CancellationToken cancellationToken = default);

                [Get("/widgets/{id}/events")]
                IAsyncEnumerable<WidgetEvent> WatchAsync(string id, CancellationToken cancellationToken = default);
            }

            public sealed class Widget
            {
                [JsonPropertyName("id")]
                public string Id { get; set; } = "";

                [JsonPropertyName("name")]
                public string Name { get; set; } = "";

                [JsonPropertyName("size_cm")]
                public int SizeCm { get; set; }
            }

            public sealed class NewWidget
            {
                [JsonPropertyName("name")]
                public required string Name { get; init; }

                [JsonPropertyName("size_cm")]
                public int SizeCm { get; init; }

                [JsonPropertyName("color")]
                public string? Color { get; init; }
            }

            public sealed class WidgetEvent
            {
                [JsonPropertyName("kind")]
                public string Kind { get; set; } = "";
            }

            [JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
            [JsonSerializable(typeof(Widget))]
            [JsonSerializable(typeof(NewWidget))]
            [JsonSerializable(typeof(WidgetEvent))]
            public partial class WidgetJsonContext : JsonSerializerContext;
            """;

        /// <summary>
        /// Calls the generated <c>WidgetsApiClient</c> over an <c>ApiConnection</c>, then takes a <c>VeniceClient</c> from
        /// the container (<c>AddVeniceClient</c>, the DI package), lists models through its group and chats through
        /// <c>IChatClient</c> (the Microsoft.Extensions.AI package), all against the base address in the first argument.
        /// </summary>
        public const string Program = $$"""
            using System;
            using Microsoft.Extensions.AI;
            using Microsoft.Extensions.DependencyInjection;
            using VeniceAot;
            using VeniceAot.Extensions.AI;
            using VeniceAot.Http;
            using VeniceAot.Models;
            using WidgetsProof;

            var options = new VeniceClientOptions
            {
                ApiKey = "{{ApiKey}}",
                BaseAddress = new Uri(args[0]),
                Retry = new RetryOptions { Enabled = false },
            };

            using var connection = new ApiConnection(options);
            IWidgetsApi widgets = new WidgetsApiClient(connection);

            Widget fetched = await widgets.GetAsync("w 42", verbose: true, trace: "t-1");
            Console.WriteLine($"get: {fetched.Id} {fetched.Name} {fetched.SizeCm}");

            Widget created = await widgets.CreateAsync(new NewWidget { Name = "sprocket", SizeCm = 7 });
            Console.WriteLine($"create: {created.Id} {created.Name} {created.SizeCm}");

            await foreach (WidgetEvent change in widgets.WatchAsync(created.Id))
            {
                Console.WriteLine($"event: {change.Kind}");
            }

            var services = new ServiceCollection();
            services.AddVeniceClient(o =>
            {
                o.ApiKey = options.ApiKey;
                o.BaseAddress = options.BaseAddress;
                o.Retry = new RetryOptions { Enabled = false };
            });
            await using ServiceProvider provider = services.BuildServiceProvider();

            ModelList models = await provider.GetRequiredService<IModelsApi>().ListAsync(ModelType.Text);
            Console.WriteLine($"models: {models.Data.Count} {models.Data[0].Id} {models.Data[0].Type}");

            IChatClient chat = provider.GetRequiredService<VeniceClient>().AsIChatClient(models.Data[0].Id);
            ChatResponse answer = await chat.GetResponseAsync("Say hi.");
            Console.WriteLine($"chat: {answer.Text} ({answer.Usage?.OutputTokenCount} tokens, {answer.FinishReason})");
            """;
    }
}
