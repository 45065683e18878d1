using System;
using System.Runtime.InteropServices;
using System.Threading;
using System.Threading.Tasks;
using VeniceAot.Testing;

// Starts the demo server on 127.0.0.1 (a free port unless --port N is given), prints its base address
// on the first line of stdout, and runs until SIGTERM, SIGINT (Ctrl-C) or SIGQUIT, then stops cleanly.
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

// SIGTERM (kill, a script's trap), SIGINT (Ctrl-C) and SIGQUIT end the process. The web host inside LoopbackServer
// handles these signals too, but only by stopping itself, which would leave this process waiting forever.
Action<PosixSignalContext> onSignal = context =>
{
    context.Cancel = true;
    stop.Cancel();
};
using PosixSignalRegistration onTerm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, onSignal);
using PosixSignalRegistration onInt = PosixSignalRegistration.Create(PosixSignal.SIGINT, onSignal);
using PosixSignalRegistration onQuit = PosixSignalRegistration.Create(PosixSignal.SIGQUIT, onSignal);
try
{
    await Task.Delay(Timeout.Infinite, stop.Token);
}
catch (OperationCanceledException)
{
}

return 0;
