using System;
using System.Text.Json;
using System.Threading.Tasks;
using VeniceAot.Testing;
using static VeniceAot.Cli.Tests.CliRunner;

namespace VeniceAot.Cli.Tests
{
    /// <summary><c>venice rpc</c> in-process: the JSON-RPC body, Idempotency-Key, params validation, networks.</summary>
    public sealed class RpcCommandsTests
    {
        [Fact]
        public async Task Call_posts_json_rpc_with_params_and_idempotency_key_and_prints_the_result()
        {
            await using LoopbackServer server = await LoopbackServer.StartJsonAsync(200, """{"jsonrpc":"2.0","id":1,"result":{"balance":"0x10","ok":true}}""");

            CliResult result = await RunAgainstAsync(server.BaseAddress, "rpc", "ethereum-mainnet", "eth_getBalance", """["0xabc","latest"]""", "--idempotency-key", "retry-1");

            Assert.True(result.ExitCode == 0, result.ToString());
            RecordedRequest request = server.LastRequest;
            Assert.Equal("POST", request.Method);
            Assert.Equal("/api/v1/crypto/rpc/ethereum-mainnet", request.RawPath);
            Assert.Equal("retry-1", request.Header("Idempotency-Key"));
            using (JsonDocument body = request.BodyJson())
            {
                Assert.Equal("2.0", body.RootElement.GetProperty("jsonrpc").GetString());
                Assert.Equal("eth_getBalance", body.RootElement.GetProperty("method").GetString());
                Assert.Equal("""["0xabc","latest"]""", body.RootElement.GetProperty("params").GetRawText());
                Assert.Equal(1, body.RootElement.GetProperty("id").GetInt32());
            }

            using JsonDocument printed = JsonDocument.Parse(result.Stdout);
            Assert.Equal("0x10", printed.RootElement.GetProperty("balance").GetString());
            Assert.False(printed.RootElement.TryGetProperty("jsonrpc", out _), "plain output is the result only");

            CliResult json = await RunAgainstAsync(server.BaseAddress, "rpc", "ethereum-mainnet", "eth_blockNumber", "--json");
            Assert.Equal(0, json.ExitCode);
            Assert.Null(server.LastRequest.Header("Idempotency-Key"));
            using (JsonDocument body = server.LastRequest.BodyJson())
            {
                Assert.False(body.RootElement.TryGetProperty("params", out _));
            }

            using JsonDocument whole = JsonDocument.Parse(json.Stdout);
            Assert.Equal("0x10", whole.RootElement.GetProperty("result").GetProperty("balance").GetString());
        }

        [Theory]
        [InlineData("[\"0xabc\",")]
        [InlineData("{\"a\":1}")]
        [InlineData("not json")]
        public async Task Malformed_or_non_array_params_exit_2_without_sending(string parameters)
        {
            await using LoopbackServer server = await LoopbackServer.StartJsonAsync(200, """{"jsonrpc":"2.0","id":1,"result":null}""");

            CliResult result = await RunAgainstAsync(server.BaseAddress, "rpc", "ethereum-mainnet", "eth_call", parameters);

            Assert.Equal(2, result.ExitCode);
            Assert.StartsWith("error: params-json ", result.Stderr, StringComparison.Ordinal);
            Assert.Equal(string.Empty, result.Stdout);
            Assert.Empty(server.Requests);
        }

        [Fact]
        public async Task Json_rpc_error_goes_to_stderr_with_exit_1()
        {
            await using LoopbackServer server = await LoopbackServer.StartJsonAsync(200, """{"jsonrpc":"2.0","id":1,"error":{"code":-32601,"message":"Method not found"}}""");

            CliResult result = await RunAgainstAsync(server.BaseAddress, "rpc", "ethereum-mainnet", "eth_nope");

            Assert.Equal(1, result.ExitCode);
            Assert.Equal(string.Empty, result.Stdout);
            Assert.Equal("error: JSON-RPC error -32601: Method not found", Assert.Single(Lines(result.Stderr)));
        }

        [Fact]
        public async Task Networks_prints_one_a_line_and_json()
        {
            await using LoopbackServer server = await LoopbackServer.StartJsonAsync(200, """{"networks":["ethereum-mainnet","base-mainnet"]}""");

            CliResult result = await RunAgainstAsync(server.BaseAddress, "rpc", "networks");

            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.Equal("GET", server.LastRequest.Method);
            Assert.Equal("/api/v1/crypto/rpc/networks", server.LastRequest.RawPath);
            Assert.Equal(["ethereum-mainnet", "base-mainnet"], Lines(result.Stdout));

            CliResult json = await RunAgainstAsync(server.BaseAddress, "rpc", "networks", "--json");
            using JsonDocument doc = JsonDocument.Parse(json.Stdout);
            Assert.Equal(2, doc.RootElement.GetProperty("networks").GetArrayLength());
        }
    }
}
