using System;
using System.Threading;
using System.Threading.Tasks;
using VeniceAot.Testing;

// Starts the demo server on 127.0.0.1 (a free port unless --port N is given), prints its base address
// on the first line of stdout, and runs until SIGTERM or Ctrl-C.
int port = 0;
for (int i = 0; i < args.Length - 1; i++)
{
    if (args[i] == "--port" && !int.TryParse(args[i + 1], out port))
    {
        Console.Error.WriteLine($"error: --port takes a number, not '{args[i + 1]}'");
        return 2;
    }
}

var demo = new DemoVenice();
await using LoopbackServer server = await LoopbackServer.StartAsync(demo.HandleAsync, port);
Console.WriteLine(server.BaseAddress);
Console.Out.Flush();

using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    stop.Cancel();
};
AppDomain.CurrentDomain.ProcessExit += (_, _) => stop.Cancel();
try
{
    await Task.Delay(Timeout.Infinite, stop.Token);
}
catch (OperationCanceledException)
{
}

return 0;
