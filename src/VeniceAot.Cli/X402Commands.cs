using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using VeniceAot.Json;
using VeniceAot.X402;

namespace VeniceAot.Cli
{
    /// <summary>
    /// The <c>venice x402 …</c> group: a wallet's credit balance and transactions. Each call carries a
    /// <c>SIGN-IN-WITH-X</c> header from <c>--siwx</c> or <c>VENICE_SIWX</c>; that value is never printed.
    /// </summary>
    public static class X402Commands
    {
        /// <summary>The environment variable holding the SIGN-IN-WITH-X value.</summary>
        public const string SignInWithXVariable = "VENICE_SIWX";

        private const string Mask = "***";

        /// <summary>Builds the <c>x402</c> command and its subcommands.</summary>
        /// <param name="context">The shared CLI context.</param>
        /// <returns>The command.</returns>
        public static Command Create(CliContext context)
        {
            ArgumentNullException.ThrowIfNull(context);
            var x402 = context.NewCommand("x402", "Show an x402 wallet's credit balance and transactions (needs a SIGN-IN-WITH-X value).", "VENICE_SIWX=... venice x402 balance 0x1234567890abcdef1234567890abcdef12345678");
            var siwx = new Option<string>("--siwx")
            {
                Description = $"The SIGN-IN-WITH-X value (base64 of the signed SIWX message) for the wallet (default: ${SignInWithXVariable}).",
                HelpName = "value",
                Recursive = true,
            };
            x402.Add(siwx);
            x402.Add(Balance(context, siwx));
            x402.Add(Transactions(context, siwx));
            return x402;
        }

        private static Argument<string> WalletArgument() => new("wallet") { Description = "The wallet: an EVM (0x + 40 hex digits) or Solana address." };

        private static Command Balance(CliContext context, Option<string> siwx)
        {
            var command = context.NewCommand("balance", "Show the wallet's credit balance and suggested top-up.", "venice x402 balance 0x1234567890abcdef1234567890abcdef12345678 --siwx \"$SIWX\"");
            Argument<string> wallet = WalletArgument();
            command.Add(wallet);
            SetWalletAction(context, command, siwx, async (parse, x402, ct) =>
            {
                X402Balance balance = await ArgumentChecks.Guard(() => x402.GetBalanceAsync(parse.GetRequiredValue(wallet), ct)).ConfigureAwait(false);
                if (context.IsJson(parse))
                {
                    context.WriteJson(new X402BalanceResponse { Success = true, Data = balance }, X402JsonContext.Default.X402BalanceResponse);
                    return;
                }

                TableWriter.WriteDetails(context.Output,
                [
                    new("Wallet", Formats.Text(balance.WalletAddress)),
                    new("Balance (USD)", Formats.Amount(balance.BalanceUsd)),
                    new("DIEM balance (USD)", Formats.Amount(balance.DiemBalanceUsd)),
                    new("Can consume", balance.CanConsume ? "yes" : "no"),
                    new("Minimum top-up (USD)", Formats.Amount(balance.MinimumTopUpUsd)),
                    new("Suggested top-up (USD)", Formats.Amount(balance.SuggestedTopUpUsd)),
                ]);
            });
            return command;
        }

        private static Command Transactions(CliContext context, Option<string> siwx)
        {
            var command = context.NewCommand("transactions", "List a page of the wallet's credit transactions (top-ups and charges).", "venice x402 transactions 0x1234567890abcdef1234567890abcdef12345678 --limit 20 --offset 20");
            Argument<string> wallet = WalletArgument();
            var limit = new Option<int?>("--limit") { Description = "At most this many, 1 to 100 (default: Venice's, 50).", HelpName = "n" };
            var offset = new Option<int?>("--offset") { Description = "Skip this many (default 0).", HelpName = "n" };
            command.Add(wallet);
            command.Add(limit);
            command.Add(offset);
            SetWalletAction(context, command, siwx, async (parse, x402, ct) =>
            {
                X402TransactionPage page = await ArgumentChecks.Guard(() => x402.GetTransactionsAsync(parse.GetRequiredValue(wallet), parse.GetValue(limit), parse.GetValue(offset), ct)).ConfigureAwait(false);
                if (context.IsJson(parse))
                {
                    context.WriteJson(new X402TransactionsResponse { Success = true, Data = page }, X402JsonContext.Default.X402TransactionsResponse);
                    return;
                }

                context.Output.WriteLine($"Wallet {Formats.Text(page.WalletAddress)}: balance {Formats.Amount(page.CurrentBalance)} USD.");
                if (page.Transactions.Count == 0)
                {
                    context.Output.WriteLine("No transactions.");
                }
                else
                {
                    var rows = new List<string[]>();
                    foreach (X402Transaction transaction in page.Transactions)
                    {
                        rows.Add([Formats.Time(transaction.CreatedAt), Formats.Text(transaction.Type.ToString()), Formats.Amount(transaction.Amount), Formats.Amount(transaction.BalanceAfter), Formats.Text(transaction.ModelId), transaction.Id]);
                    }

                    TableWriter.WriteTable(context.Output, ["TIME (UTC)", "TYPE", "AMOUNT", "BALANCE AFTER", "MODEL", "ID"], rows);
                }

                if (page.Pagination is { HasMore: true } pagination)
                {
                    context.Output.WriteLine($"More: --offset {(pagination.Offset + page.Transactions.Count).ToString(CultureInfo.InvariantCulture)}.");
                }
            });
            return command;
        }

        /// <summary>
        /// Resolves the SIGN-IN-WITH-X value, runs <paramref name="call"/> with a client that sends it, and reports any
        /// failure with both the API key and that value masked.
        /// </summary>
        private static void SetWalletAction(CliContext context, Command command, Option<string> siwx, Func<ParseResult, X402Client, CancellationToken, Task> call)
        {
            context.SetApiAction(command, async (parse, client, ct) =>
            {
                string? signIn = parse.GetValue(siwx);
                if (string.IsNullOrWhiteSpace(signIn))
                {
                    signIn = context.Variable(SignInWithXVariable);
                }

                if (string.IsNullOrWhiteSpace(signIn))
                {
                    throw new UsageException($"no SIGN-IN-WITH-X value: pass --siwx <value> or set {SignInWithXVariable}.");
                }

                signIn = signIn.Trim();
                try
                {
                    var x402 = new X402Client(client.Connection, _ => ValueTask.FromResult(signIn));
                    await call(parse, x402, ct).ConfigureAwait(false);
                    return ExitCodes.Success;
                }
                catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
                {
                    // The shared reporter masks only the API key; report here so the SIWX value is masked too.
                    string? apiKey = parse.GetValue(context.ApiKeyOption);
                    if (string.IsNullOrWhiteSpace(apiKey))
                    {
                        apiKey = context.Variable(CliContext.ApiKeyVariable);
                    }

                    using var buffer = new StringWriter(CultureInfo.InvariantCulture);
                    Uri.TryCreate(client.Connection.BaseAddress, UriKind.Absolute, out Uri? baseAddress);
                    int exitCode = new ErrorReporter(buffer, apiKey?.Trim(), baseAddress, CliContext.CommandPath(parse.CommandResult.Command)).Report(ex, ct);
                    context.Error.Write(buffer.ToString().Replace(signIn, Mask, StringComparison.Ordinal));
                    return exitCode;
                }
            });
        }
    }
}
