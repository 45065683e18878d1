using System;
using System.Collections.Generic;
using System.IO;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization;

// One chat completion against the base address in args[0] with hand-written HttpClient code and the app's own
// minimal models; prints the Unix time in microseconds when the answer arrived, then the answer's length.
Console.Error.WriteLine((DateTime.UtcNow - DateTime.UnixEpoch).Ticks / 10); // entered Main (coldstart.py: runtime start-up vs client work)
using var http = new HttpClient();
http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "coldstart-key");
var body = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(
    new ChatRequest("venice-uncensored", [new ChatMessage("user", "Why is the sky blue?")]), FloorJson.Default.ChatRequest));
body.Headers.ContentType = new MediaTypeHeaderValue("application/json");
using HttpResponseMessage response = await http.PostAsync(args[0].TrimEnd('/') + "/chat/completions", body);
response.EnsureSuccessStatusCode();
using Stream stream = await response.Content.ReadAsStreamAsync();
ChatResponse completion = (await JsonSerializer.DeserializeAsync(stream, FloorJson.Default.ChatResponse))!;
long received = (DateTime.UtcNow - DateTime.UnixEpoch).Ticks / 10;
Console.WriteLine(received);
Console.WriteLine(completion.Choices[0].Message.Content?.Length ?? -1);

internal sealed record ChatMessage([property: JsonPropertyName("role")] string Role, [property: JsonPropertyName("content")] string? Content);

internal sealed record ChatRequest([property: JsonPropertyName("model")] string Model, [property: JsonPropertyName("messages")] IReadOnlyList<ChatMessage> Messages);

internal sealed record ChatChoice([property: JsonPropertyName("message")] ChatMessage Message);

internal sealed record ChatResponse([property: JsonPropertyName("choices")] IReadOnlyList<ChatChoice> Choices);

[JsonSerializable(typeof(ChatRequest))]
[JsonSerializable(typeof(ChatResponse))]
internal sealed partial class FloorJson : JsonSerializerContext;
