using System;
using System.Buffers;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using VeniceAot.Crypto;
using VeniceAot.Json;

namespace VeniceAot.Cli
{
    /// <summary>The <c>venice rpc …</c> command: one JSON-RPC call through Venice's crypto RPC proxy, and the network list.</summary>
    public static class RpcCommand
    {
        /// <summary>Builds the <c>rpc</c> command and its <c>networks</c> subcommand.</summary>
        /// <param name="context">The shared CLI context.</param>
        /// <returns>The command.</returns>
        public static Command Create(CliContext context)
        {
            ArgumentNullException.ThrowIfNull(context);
            var command = context.NewCommand(
                "rpc",
                "Send one JSON-RPC call to a blockchain network and print its result JSON.",
                "venice rpc ethereum-mainnet eth_blockNumber",
                "venice rpc ethereum-mainnet eth_getBalance '[\"0x1234567890abcdef1234567890abcdef12345678\",\"latest\"]'",
                "venice rpc networks");
            var network = new Argument<string>("network") { Description = "The network (see 'venice rpc networks')." };
            var method = new Argument<string>("method") { Description = "The JSON-RPC method, e.g. eth_blockNumber." };
            var parameters = new Argument<string?>("params-json") { Description = "The params as a JSON array (default: none).", Arity = ArgumentArity.ZeroOrOne };
            var idempotencyKey = new Option<string>("--idempotency-key") { Description = "Sent as Idempotency-Key: a retry with the same key is answered from the first call.", HelpName = "key" };
            command.Add(network);
            command.Add(method);
            command.Add(parameters);
            command.Add(idempotencyKey);
            command.Add(Networks(context));
            context.SetApiAction(command, async (parse, client, ct) =>
            {
                IReadOnlyList<JsonElement>? values = ParseParams(parse.GetValue(parameters));
                var request = new JsonRpcRequest { Method = parse.GetRequiredValue(method), Params = values, Id = 1 };
                string? key = parse.GetValue(idempotencyKey);
                CryptoRpcResult<JsonRpcResponse> result = await ArgumentChecks.Guard(() => client.CryptoRpc.SendAsync(parse.GetRequiredValue(network), request, key, ct)).ConfigureAwait(false);
                JsonRpcResponse response = result.Value;
                if (context.IsJson(parse))
                {
                    context.WriteJson(response, CryptoJsonContext.Default.JsonRpcResponse);
                }
                else if (response.Error is null)
                {
                    context.Output.WriteLine(Indented(response.Result));
                }

                if (response.Error is { } error)
                {
                    string message = $"error: JSON-RPC error {error.Code.ToString(CultureInfo.InvariantCulture)}: {error.Message ?? "(no message)"}";
                    if (error.Data is { ValueKind: not JsonValueKind.Undefined and not JsonValueKind.Null } data)
                    {
                        message += " data: " + data.GetRawText();
                    }

                    context.Error.WriteLine(ErrorReporter.OneLine(message));
                    return ExitCodes.ApiError;
                }

                return ExitCodes.Success;
            });
            return command;
        }

        private static Command Networks(CliContext context)
        {
            var command = context.NewCommand("networks", "List the networks the RPC proxy serves, one a line.", "venice rpc networks");
            context.SetApiAction(command, async (parse, client, ct) =>
            {
                IReadOnlyList<string> networks = await client.CryptoRpc.ListNetworksAsync(ct).ConfigureAwait(false);
                if (context.IsJson(parse))
                {
                    context.WriteJson(new CryptoRpcNetworkList { Networks = [.. networks] }, CryptoJsonContext.Default.CryptoRpcNetworkList);
                }
                else
                {
                    foreach (string name in networks)
                    {
                        context.Output.WriteLine(TableWriter.Clean(name));
                    }
                }

                return ExitCodes.Success;
            });
            return command;
        }

        /// <summary>Reads the params argument: absent means none; otherwise it must be a JSON array.</summary>
        private static List<JsonElement>? ParseParams(string? text)
        {
            if (text is null)
            {
                return null;
            }

            JsonDocument document;
            try
            {
                document = JsonDocument.Parse(text);
            }
            catch (JsonException ex)
            {
                throw new UsageException($"params-json is not valid JSON: {ex.Message}");
            }

            using (document)
            {
                if (document.RootElement.ValueKind != JsonValueKind.Array)
                {
                    throw new UsageException($"params-json must be a JSON array like '[\"0x…\",\"latest\"]', not a JSON {document.RootElement.ValueKind.ToString().ToLowerInvariant()}.");
                }

                var values = new List<JsonElement>();
                foreach (JsonElement item in document.RootElement.EnumerateArray())
                {
                    values.Add(item.Clone());
                }

                return values;
            }
        }

        private static string Indented(JsonElement value)
        {
            if (value.ValueKind == JsonValueKind.Undefined)
            {
                return "null";
            }

            var buffer = new ArrayBufferWriter<byte>();
            using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
            {
                value.WriteTo(writer);
            }

            return Encoding.UTF8.GetString(buffer.WrittenSpan);
        }
    }
}
