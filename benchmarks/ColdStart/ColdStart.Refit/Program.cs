using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Text.Json.Serialization;
using System.Threading.Tasks;
using Refit;

// One chat completion against the base address in args[0] through a Refit source-generated client and the app's
// own minimal models; prints the Unix time in microseconds when the answer arrived, then the answer's length.
Console.Error.WriteLine((DateTime.UtcNow - DateTime.UnixEpoch).Ticks / 10); // entered Main (coldstart.py: runtime start-up vs client work)
using var http = new HttpClient { BaseAddress = new Uri(args[0]) };
http.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", "Bearer coldstart-key");
RefitSettings settings = RefitSettings.ForJsonContext(RefitJson.Default);
settings.RequestBodySerialization = RequestBodySerializationMode.Buffered;
IChatApi api = RestService.ForGenerated<IChatApi>(http, settings);
ChatResponse completion = await api.CreateAsync(new ChatRequest("venice-uncensored", [new ChatMessage("user", "Why is the sky blue?")]));
long received = (DateTime.UtcNow - DateTime.UnixEpoch).Ticks / 10;
Console.WriteLine(received);
Console.WriteLine(completion.Choices[0].Message.Content?.Length ?? -1);

/// <summary>The chat endpoint for Refit's generator.</summary>
public interface IChatApi
{
    /// <summary>POST /chat/completions.</summary>
    [Post("/chat/completions")]
    Task<ChatResponse> CreateAsync([Body] ChatRequest request);
}

/// <summary>A message.</summary>
public sealed record ChatMessage([property: JsonPropertyName("role")] string Role, [property: JsonPropertyName("content")] string? Content);

/// <summary>The request.</summary>
public sealed record ChatRequest([property: JsonPropertyName("model")] string Model, [property: JsonPropertyName("messages")] IReadOnlyList<ChatMessage> Messages);

/// <summary>A choice.</summary>
public sealed record ChatChoice([property: JsonPropertyName("message")] ChatMessage Message);

/// <summary>The answer.</summary>
public sealed record ChatResponse([property: JsonPropertyName("choices")] IReadOnlyList<ChatChoice> Choices);

[JsonSerializable(typeof(ChatRequest))]
[JsonSerializable(typeof(ChatResponse))]
internal sealed partial class RefitJson : JsonSerializerContext;
