using System;
using System.ClientModel;
using OpenAI;
using OpenAI.Chat;

// One chat completion against the base address in args[0]; prints the Unix time in microseconds when the answer
// arrived, then the answer's length (coldstart.py reads both).
Console.Error.WriteLine((DateTime.UtcNow - DateTime.UnixEpoch).Ticks / 10); // entered Main (coldstart.py: runtime start-up vs client work)
var client = new ChatClient("venice-uncensored", new ApiKeyCredential("coldstart-key"), new OpenAIClientOptions { Endpoint = new Uri(args[0]) });
ChatCompletion completion = (await client.CompleteChatAsync([new UserChatMessage("Why is the sky blue?")])).Value;
long received = (DateTime.UtcNow - DateTime.UnixEpoch).Ticks / 10;
Console.WriteLine(received);
Console.WriteLine(completion.Content.Count > 0 ? completion.Content[0].Text.Length : -1);
