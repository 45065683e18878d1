using System;
using VeniceAot;
using VeniceAot.Chat;

// One chat completion against the base address in args[0]; prints the Unix time in microseconds when the answer
// arrived, then the answer's length (coldstart.py reads both).
using var venice = new VeniceClient(new VeniceClientOptions { ApiKey = "coldstart-key", BaseAddress = new Uri(args[0]) });
Console.Error.WriteLine((DateTime.UtcNow - DateTime.UnixEpoch).Ticks / 10); // entered Main (coldstart.py: runtime start-up vs client work)
ChatCompletion completion = await venice.Chat.CreateAsync(new ChatCompletionRequest
{
    Model = "venice-uncensored",
    Messages = [ChatMessage.User("Why is the sky blue?")],
});
long received = (DateTime.UtcNow - DateTime.UnixEpoch).Ticks / 10;
Console.WriteLine(received);
Console.WriteLine(completion.GetText()?.Length ?? -1);
