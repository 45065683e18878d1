using System;
using System.IO;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text.Json;
using VeniceAot.Chat;

// The floor's code (one HttpClient, bytes in, stream out) over VeniceAot's chat models and ChatJsonContext instead of
// four records of its own: what the same request and the same parsed objects cost without VeniceAot's client.
Console.Error.WriteLine((DateTime.UtcNow - DateTime.UnixEpoch).Ticks / 10); // entered Main (coldstart.py: runtime start-up vs client work)
using var http = new HttpClient();
http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "coldstart-key");
var request = new ChatCompletionRequest
{
    Model = "venice-uncensored",
    Messages = [ChatMessage.User("Why is the sky blue?")],
};
var body = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(request, ChatJsonContext.Default.ChatCompletionRequest));
body.Headers.ContentType = new MediaTypeHeaderValue("application/json");
using HttpResponseMessage response = await http.PostAsync(args[0].TrimEnd('/') + "/chat/completions", body);
response.EnsureSuccessStatusCode();
using Stream stream = await response.Content.ReadAsStreamAsync();
ChatCompletion completion = (await JsonSerializer.DeserializeAsync(stream, ChatJsonContext.Default.ChatCompletion))!;
long received = (DateTime.UtcNow - DateTime.UnixEpoch).Ticks / 10;
Console.WriteLine(received);
Console.WriteLine(completion.GetText()?.Length ?? -1);
