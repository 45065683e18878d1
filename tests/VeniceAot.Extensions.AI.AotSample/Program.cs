using System;
using System.ComponentModel;
using System.Text;
using System.Text.Json.Serialization;
using System.Threading.Tasks;
using Microsoft.Extensions.AI;
using VeniceAot;
using VeniceAot.Extensions.AI;

namespace VeniceAot.Extensions.AI.AotSample
{
    /// <summary>
    /// Talks to Venice (or any server at <c>VENICE_BASE_URL</c>) through <see cref="IChatClient"/> only: a chat, a streamed chat,
    /// and a tool call run by <see cref="FunctionInvokingChatClient"/>. The tool is created with a source-generated
    /// <see cref="JsonSerializerContext"/> (<see cref="AIFunctionFactoryOptions.SerializerOptions"/>), which keeps it AOT-safe.
    /// </summary>
    internal static class Program
    {
        private static async Task<int> Main()
        {
            string? baseUrl = Environment.GetEnvironmentVariable("VENICE_BASE_URL");
            var options = new VeniceClientOptions { ApiKey = Environment.GetEnvironmentVariable("VENICE_API_KEY") ?? "sample-key" };
            if (!string.IsNullOrEmpty(baseUrl))
            {
                options.BaseAddress = new Uri(baseUrl);
            }

            using var venice = new VeniceClient(options);
            IChatClient chat = venice.AsIChatClient("venice-uncensored");
            ChatClientMetadata metadata = chat.GetService<ChatClientMetadata>()!;
            Console.WriteLine($"provider: {metadata.ProviderName} {metadata.DefaultModelId}");

            ChatResponse response = await chat.GetResponseAsync("Say hello.");
            Console.WriteLine($"chat: {response.Text} [in={response.Usage?.InputTokenCount} out={response.Usage?.OutputTokenCount} finish={response.FinishReason}]");

            var streamed = new StringBuilder();
            ChatFinishReason? finish = null;
            await foreach (ChatResponseUpdate update in chat.GetStreamingResponseAsync("Stream a hello."))
            {
                streamed.Append(update.Text);
                finish ??= update.FinishReason;
            }

            Console.WriteLine($"stream: {streamed} [finish={finish}]");

            AIFunction weather = AIFunctionFactory.Create(
                GetWeather,
                new AIFunctionFactoryOptions { Name = "get_weather", SerializerOptions = SampleJsonContext.Default.Options });
            IChatClient withTools = new ChatClientBuilder(chat).UseFunctionInvocation().Build();
            ChatResponse answer = await withTools.GetResponseAsync("What is the weather in Paris?", new ChatOptions { Tools = [weather] });
            Console.WriteLine($"tool: {answer.Text}");
            return 0;
        }

        [Description("Gets the current weather for a city.")]
        private static string GetWeather([Description("The city.")] string city) => $"Sunny in {city}";
    }

    /// <summary>The types the tool's arguments and result are (de)serialized as, generated at build time.</summary>
    [JsonSerializable(typeof(string))]
    internal sealed partial class SampleJsonContext : JsonSerializerContext
    {
    }
}
