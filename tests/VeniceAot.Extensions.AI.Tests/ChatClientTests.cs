using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.AI;
using VeniceAot.Testing;

namespace VeniceAot.Extensions.AI.Tests
{
    /// <summary><see cref="IChatClient"/> over Venice: the exact request the server saw and the parsed response.</summary>
    public sealed class ChatClientTests
    {
        private const string CompletionJson = """
            {"id":"chatcmpl-1","object":"chat.completion","created":1730000000,"model":"venice-uncensored",
             "choices":[{"index":0,"message":{"role":"assistant","content":"Hello there.","reasoning_content":"Greet back."},"finish_reason":"stop","stop_reason":null}],
             "usage":{"prompt_tokens":12,"completion_tokens":5,"total_tokens":17,"prompt_tokens_details":{"cached_tokens":4},"completion_tokens_details":{"reasoning_tokens":2}},
             "cost":{"usd":0.0012,"diem":0},
             "venice_parameters":{"include_venice_system_prompt":false,"web_search_citations":[]}}
            """;

        [Fact]
        public async Task Plain_chat_sends_the_conversation_and_parses_text_reasoning_usage_and_finish_reason()
        {
            await using LoopbackServer server = await LoopbackServer.StartJsonAsync(200, CompletionJson);
            IChatClient chat = Harness.Chat(server);

            ChatResponse response = await chat.GetResponseAsync("Hi!");

            RecordedRequest request = Assert.Single(server.Requests);
            Assert.Equal("POST", request.Method);
            Assert.Equal("/api/v1/chat/completions", request.RawPath);
            Assert.Equal("Bearer " + Harness.Key, request.Header("Authorization"));
            Harness.AssertJsonBody("""{"model":"venice-uncensored","messages":[{"role":"user","content":"Hi!"}]}""", request);

            Assert.Equal("Hello there.", response.Text);
            Assert.Equal("chatcmpl-1", response.ResponseId);
            Assert.Equal("venice-uncensored", response.ModelId);
            Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1730000000), response.CreatedAt);
            Assert.Equal(ChatFinishReason.Stop, response.FinishReason);
            ChatMessage message = Assert.Single(response.Messages);
            Assert.Equal(ChatRole.Assistant, message.Role);
            Assert.Equal("Greet back.", Assert.IsType<TextReasoningContent>(message.Contents[0]).Text);
            Assert.Equal("Hello there.", Assert.IsType<TextContent>(message.Contents[1]).Text);
            Assert.NotNull(response.Usage);
            Assert.Equal(12, response.Usage.InputTokenCount);
            Assert.Equal(5, response.Usage.OutputTokenCount);
            Assert.Equal(17, response.Usage.TotalTokenCount);
            Assert.Equal(4, response.Usage.CachedInputTokenCount);
            Assert.Equal(2, response.Usage.ReasoningTokenCount);
            Assert.NotNull(response.AdditionalProperties);
            Assert.True(response.AdditionalProperties.ContainsKey("cost"));
            Assert.True(response.AdditionalProperties.ContainsKey("venice_parameters"));
        }

        [Fact]
        public async Task Every_role_and_content_kind_maps_to_the_venice_message_shapes()
        {
            await using LoopbackServer server = await LoopbackServer.StartJsonAsync(200, CompletionJson);
            IChatClient chat = Harness.Chat(server);
            byte[] png = [0x89, 0x50, 0x4E, 0x47, 1, 2, 3];
            byte[] wav = [0x52, 0x49, 0x46, 0x46, 9];
            byte[] pdf = Encoding.ASCII.GetBytes("%PDF-1.7");
            List<ChatMessage> messages =
            [
                new(ChatRole.System, "Be brief."),
                new(new ChatRole("developer"), "Answer in English."),
                new(ChatRole.User,
                [
                    new TextContent("Look at these:"),
                    new DataContent(png, "image/png"),
                    new UriContent("https://example.com/cat.jpg", "image/jpeg"),
                    new DataContent(wav, "audio/wav"),
                    new UriContent("https://example.com/clip.mp4", "video/mp4"),
                    new DataContent(pdf, "application/pdf") { Name = "doc.pdf" },
                ]) { AuthorName = "ann" },
                new(ChatRole.Assistant, [new TextReasoningContent("thinking"), new TextContent("Seen.")]),
                new(ChatRole.User, "And now?"),
            ];

            await chat.GetResponseAsync(messages, new ChatOptions { Instructions = "You are terse." });

            Harness.AssertJsonBody($$$"""
                {"model":"venice-uncensored","messages":[
                  {"role":"system","content":"You are terse."},
                  {"role":"system","content":"Be brief."},
                  {"role":"developer","content":"Answer in English."},
                  {"role":"user","name":"ann","content":[
                    {"type":"text","text":"Look at these:"},
                    {"type":"image_url","image_url":{"url":"data:image/png;base64,{{{Convert.ToBase64String(png)}}}"}},
                    {"type":"image_url","image_url":{"url":"https://example.com/cat.jpg"}},
                    {"type":"input_audio","input_audio":{"data":"{{{Convert.ToBase64String(wav)}}}","format":"wav"}},
                    {"type":"video_url","video_url":{"url":"https://example.com/clip.mp4"}},
                    {"type":"file","file":{"file_data":"data:application/pdf;base64,{{{Convert.ToBase64String(pdf)}}}","filename":"doc.pdf"}}]},
                  {"role":"assistant","content":"Seen.","reasoning_content":"thinking"},
                  {"role":"user","content":"And now?"}]}
                """, server.LastRequest);
        }

        [Fact]
        public async Task Options_tools_and_json_schema_format_map_to_request_fields()
        {
            await using LoopbackServer server = await LoopbackServer.StartJsonAsync(200, """
                {"id":"c2","model":"m","created":1,"choices":[{"index":0,"message":{"role":"assistant","content":"{\"city\":\"Paris\"}"},"finish_reason":"stop"}]}
                """);
            IChatClient chat = Harness.Chat(server, model: null);
            using JsonDocument schema = JsonDocument.Parse("""{"type":"object","properties":{"city":{"type":"string"}},"required":["city"]}""");
            AIFunctionDeclaration lookup = AIFunctionFactory.CreateDeclaration("lookup", "Finds a city.", schema.RootElement.Clone());
            var options = new ChatOptions
            {
                ModelId = "qwen3-4b",
                Temperature = 0.5f,
                TopP = 0.25f,
                TopK = 40,
                MaxOutputTokens = 300,
                FrequencyPenalty = 0.5f,
                PresencePenalty = -0.5f,
                Seed = 42,
                StopSequences = ["END", "STOP"],
                ResponseFormat = ChatResponseFormat.ForJsonSchema(schema.RootElement.Clone(), "city_answer", "A city."),
                Tools = [lookup, new HostedWebSearchTool()],
                ToolMode = ChatToolMode.RequireSpecific("lookup"),
                AllowMultipleToolCalls = false,
                Reasoning = new ReasoningOptions { Effort = ReasoningEffort.High },
            };

            ChatResponse response = await chat.GetResponseAsync("Where?", options);

            Assert.Equal("""{"city":"Paris"}""", response.Text);
            Harness.AssertJsonBody("""
                {"model":"qwen3-4b","messages":[{"role":"user","content":"Where?"}],
                 "temperature":0.5,"top_p":0.25,"top_k":40,"max_completion_tokens":300,"frequency_penalty":0.5,"presence_penalty":-0.5,
                 "seed":42,"stop":["END","STOP"],"reasoning_effort":"high","parallel_tool_calls":false,
                 "response_format":{"type":"json_schema","json_schema":{"name":"city_answer","description":"A city.","strict":true,
                    "schema":{"type":"object","properties":{"city":{"type":"string"}},"required":["city"]}}},
                 "tool_choice":{"type":"function","function":{"name":"lookup"}},
                 "tools":[{"type":"function","function":{"name":"lookup","description":"Finds a city.",
                    "parameters":{"type":"object","properties":{"city":{"type":"string"}},"required":["city"]}}},{"type":"web_search"}]}
                """, server.LastRequest);
        }

        [Fact]
        public async Task Json_format_without_schema_is_json_object_and_text_is_text()
        {
            await using LoopbackServer server = await LoopbackServer.StartJsonAsync(200, CompletionJson);
            IChatClient chat = Harness.Chat(server);

            await chat.GetResponseAsync("a", new ChatOptions { ResponseFormat = ChatResponseFormat.Json });
            using (JsonDocument body = server.LastRequest.BodyJson())
            {
                Assert.Equal("""{"type":"json_object"}""", body.RootElement.GetProperty("response_format").GetRawText());
            }

            await chat.GetResponseAsync("b", new ChatOptions { ResponseFormat = ChatResponseFormat.Text });
            using (JsonDocument body = server.LastRequest.BodyJson())
            {
                Assert.Equal("""{"type":"text"}""", body.RootElement.GetProperty("response_format").GetRawText());
            }
        }

        [Fact]
        public async Task Venice_additional_properties_become_venice_parameters_and_extra_fields()
        {
            await using LoopbackServer server = await LoopbackServer.StartJsonAsync(200, CompletionJson);
            IChatClient chat = Harness.Chat(server);
            using JsonDocument config = JsonDocument.Parse("""{"scraping":true}""");
            var options = new ChatOptions
            {
                AdditionalProperties = new AdditionalPropertiesDictionary
                {
                    [VeniceAIProperties.VeniceParameters] = new VeniceAot.Chat.ChatVeniceParameters { EnableWebCitations = true, CharacterSlug = "replaced" },
                    [VeniceAIProperties.CharacterSlug] = "alan-watts",
                    [VeniceAIProperties.EnableWebSearch] = "auto",
                    [VeniceAIProperties.EnableWebScraping] = config.RootElement.GetProperty("scraping").Clone(),
                    [VeniceAIProperties.IncludeVeniceSystemPrompt] = false,
                    [VeniceAIProperties.DisableThinking] = "true",
                    [VeniceAIProperties.MinP] = 0.05,
                    [VeniceAIProperties.RepetitionPenalty] = 1.1,
                    [VeniceAIProperties.PromptCacheKey] = "session-7",
                    ["not_a_venice_field"] = "dropped",
                },
            };

            await chat.GetResponseAsync("Hi", options);

            Harness.AssertJsonBody("""
                {"model":"venice-uncensored","messages":[{"role":"user","content":"Hi"}],
                 "min_p":0.05,"repetition_penalty":1.1,"prompt_cache_key":"session-7",
                 "venice_parameters":{"character_slug":"alan-watts","disable_thinking":true,"enable_web_search":"auto",
                   "enable_web_scraping":true,"enable_web_citations":true,"include_venice_system_prompt":false}}
                """, server.LastRequest);
        }

        [Fact]
        public async Task Raw_representation_factory_request_is_the_starting_point()
        {
            await using LoopbackServer server = await LoopbackServer.StartJsonAsync(200, CompletionJson);
            IChatClient chat = Harness.Chat(server);
            var options = new ChatOptions
            {
                Temperature = 0.9f,
                TopP = 0.5f,
                RawRepresentationFactory = _ => new VeniceAot.Chat.ChatCompletionRequest
                {
                    Model = "raw-model",
                    Messages = [VeniceAot.Chat.ChatMessage.System("from raw")],
                    Temperature = 0.1,
                    MinTemp = 0.2,
                },
            };

            await chat.GetResponseAsync("Hi", options);

            Harness.AssertJsonBody("""
                {"model":"raw-model","messages":[{"role":"system","content":"from raw"},{"role":"user","content":"Hi"}],
                 "temperature":0.1,"top_p":0.5,"min_temp":0.2}
                """, server.LastRequest);
        }

        [Fact]
        public async Task Streaming_yields_reasoning_text_usage_finish_reason_and_ids()
        {
            await using LoopbackServer server = await LoopbackServer.StartAsync((_, context) => Respond.EventStream(context,
            [
                """{"id":"s1","object":"chat.completion.chunk","created":1730000001,"model":"qwen3-4b","choices":[{"index":0,"delta":{"role":"assistant","reasoning_content":"Hmm. "}}]}""",
                """{"id":"s1","object":"chat.completion.chunk","created":1730000001,"model":"qwen3-4b","choices":[{"index":0,"delta":{"content":"Hel"}}]}""",
                """{"id":"s1","object":"chat.completion.chunk","created":1730000001,"model":"qwen3-4b","choices":[{"index":0,"delta":{"content":"lo!"},"finish_reason":"length"}]}""",
                """{"id":"s1","object":"chat.completion.chunk","created":1730000001,"model":"qwen3-4b","choices":[],"usage":{"prompt_tokens":3,"completion_tokens":4,"total_tokens":7}}""",
            ]));
            IChatClient chat = Harness.Chat(server);

            List<ChatResponseUpdate> updates = [];
            await foreach (ChatResponseUpdate update in chat.GetStreamingResponseAsync("Hi", new ChatOptions { MaxOutputTokens = 4 }))
            {
                updates.Add(update);
            }

            Harness.AssertJsonBody("""
                {"model":"venice-uncensored","messages":[{"role":"user","content":"Hi"}],"max_completion_tokens":4,
                 "stream":true,"stream_options":{"include_usage":true}}
                """, server.LastRequest);
            Assert.Equal(4, updates.Count);
            Assert.All(updates, u => Assert.Equal("s1", u.ResponseId));
            Assert.All(updates, u => Assert.Equal("qwen3-4b", u.ModelId));
            Assert.All(updates, u => Assert.Equal(ChatRole.Assistant, u.Role));
            Assert.Equal("Hmm. ", Assert.IsType<TextReasoningContent>(Assert.Single(updates[0].Contents)).Text);
            Assert.Equal("Hel", updates[1].Text);
            Assert.Equal(ChatFinishReason.Length, updates[2].FinishReason);

            ChatResponse combined = updates.ToChatResponse();
            Assert.Equal("Hello!", combined.Text);
            Assert.Equal(ChatFinishReason.Length, combined.FinishReason);
            Assert.Equal("s1", combined.ResponseId);
            Assert.NotNull(combined.Usage);
            Assert.Equal(3, combined.Usage.InputTokenCount);
            Assert.Equal(4, combined.Usage.OutputTokenCount);
            Assert.Equal(7, combined.Usage.TotalTokenCount);
            Assert.Equal("Hmm. ", Assert.Single(combined.Messages).Contents.OfType<TextReasoningContent>().Single().Text);
        }

        [Fact]
        public async Task Streamed_tool_call_deltas_are_accumulated_into_function_calls()
        {
            await using LoopbackServer server = await LoopbackServer.StartAsync((_, context) => Respond.EventStream(context,
            [
                """{"id":"t1","model":"m","choices":[{"index":0,"delta":{"role":"assistant","tool_calls":[{"index":0,"id":"call_a","type":"function","function":{"name":"get_weather","arguments":""}}]}}]}""",
                """{"id":"t1","model":"m","choices":[{"index":0,"delta":{"tool_calls":[{"index":0,"function":{"arguments":"{\"ci"}}]}}]}""",
                """{"id":"t1","model":"m","choices":[{"index":0,"delta":{"tool_calls":[{"index":1,"id":"call_b","type":"function","function":{"name":"get_time","arguments":"{}"}}]}}]}""",
                """{"id":"t1","model":"m","choices":[{"index":0,"delta":{"tool_calls":[{"index":0,"function":{"arguments":"ty\":\"Paris\",\"days\":2}"}}]}}]}""",
                """{"id":"t1","model":"m","choices":[{"index":0,"delta":{},"finish_reason":"tool_calls"}]}""",
            ]));
            IChatClient chat = Harness.Chat(server);

            List<ChatResponseUpdate> updates = [];
            await foreach (ChatResponseUpdate update in chat.GetStreamingResponseAsync("Weather?"))
            {
                updates.Add(update);
            }

            Assert.All(updates.Take(4), u => Assert.DoesNotContain(u.Contents, c => c is FunctionCallContent));
            FunctionCallContent[] calls = updates[4].Contents.OfType<FunctionCallContent>().ToArray();
            Assert.Equal(ChatFinishReason.ToolCalls, updates[4].FinishReason);
            Assert.Equal(2, calls.Length);
            Assert.Equal("call_a", calls[0].CallId);
            Assert.Equal("get_weather", calls[0].Name);
            Assert.Null(calls[0].Exception);
            Assert.Equal("Paris", ((JsonElement)calls[0].Arguments!["city"]!).GetString());
            Assert.Equal(2, ((JsonElement)calls[0].Arguments!["days"]!).GetInt32());
            Assert.Equal("call_b", calls[1].CallId);
            Assert.Equal("get_time", calls[1].Name);
            Assert.Empty(calls[1].Arguments!);
        }

        [Fact]
        public async Task Function_invocation_round_trip_sends_the_tool_result_and_returns_the_final_text()
        {
            string? secondRequestProblem = "no second request";
            int calls = 0;
            await using LoopbackServer server = await LoopbackServer.StartAsync(async (recorded, context) =>
            {
                if (Interlocked.Increment(ref calls) == 1)
                {
                    await Respond.Json(context, 200, """
                        {"id":"r1","model":"m","created":1,"choices":[{"index":0,"finish_reason":"tool_calls","message":{"role":"assistant","content":null,
                         "tool_calls":[{"id":"call_1","type":"function","function":{"name":"get_weather","arguments":"{\"city\":\"Paris\"}"}}]}}]}
                        """);
                    return;
                }

                using JsonDocument body = recorded.BodyJson();
                JsonElement messages = body.RootElement.GetProperty("messages");
                secondRequestProblem = messages.GetArrayLength() != 3 ? "message count " + messages.GetArrayLength()
                    : messages[1].GetProperty("role").GetString() != "assistant" ? "second is not the assistant's call"
                    : messages[1].GetProperty("tool_calls")[0].GetProperty("id").GetString() != "call_1" ? "call id lost"
                    : messages[1].GetProperty("tool_calls")[0].GetProperty("function").GetProperty("arguments").GetString() != """{"city":"Paris"}""" ? "arguments changed"
                    : messages[2].GetRawText() is var tool && !JsonElement.DeepEquals(messages[2], JsonDocument.Parse("""{"role":"tool","content":"Sunny in Paris","tool_call_id":"call_1"}""").RootElement) ? "tool message " + tool
                    : null;
                await Respond.Json(context, 200, """
                    {"id":"r2","model":"m","created":2,"choices":[{"index":0,"finish_reason":"stop","message":{"role":"assistant","content":"It is sunny in Paris."}}]}
                    """);
            });
            IChatClient chat = new ChatClientBuilder(Harness.Chat(server)).UseFunctionInvocation().Build();
            AIFunction weather = AIFunctionFactory.Create((string city) => $"Sunny in {city}", "get_weather", "Gets the weather for a city.");

            ChatResponse response = await chat.GetResponseAsync("Weather in Paris?", new ChatOptions { Tools = [weather] });

            Assert.Null(secondRequestProblem);
            Assert.Equal(2, server.Requests.Count);
            Assert.Equal("It is sunny in Paris.", response.Text);
            using JsonDocument first = server.Requests[0].BodyJson();
            JsonElement function = first.RootElement.GetProperty("tools")[0].GetProperty("function");
            Assert.Equal("get_weather", function.GetProperty("name").GetString());
            Assert.Equal("Gets the weather for a city.", function.GetProperty("description").GetString());
            Assert.Equal("string", function.GetProperty("parameters").GetProperty("properties").GetProperty("city").GetProperty("type").GetString());
            Assert.False(first.RootElement.TryGetProperty("tool_choice", out _), "No ToolMode was set, so Venice's default (auto) applies.");
        }

        [Fact]
        public async Task Api_error_surfaces_as_VeniceApiException()
        {
            await using LoopbackServer server = await LoopbackServer.StartJsonAsync(400, """{"error":"Invalid model"}""");
            IChatClient chat = Harness.Chat(server);

            VeniceApiException error = await Assert.ThrowsAsync<VeniceApiException>(() => chat.GetResponseAsync("Hi"));

            Assert.Equal(HttpStatusCode.BadRequest, error.StatusCode);
            Assert.Equal("Invalid model", error.Error);
            await Assert.ThrowsAsync<VeniceApiException>(async () =>
            {
                await foreach (ChatResponseUpdate _ in chat.GetStreamingResponseAsync("Hi"))
                {
                }
            });
        }

        [Fact]
        public async Task Cancellation_is_honoured()
        {
            await using LoopbackServer server = await LoopbackServer.StartAsync((_, context) => Respond.EventStream(context, ["""{"id":"x","choices":[{"index":0,"delta":{"content":"a"}}]}"""], done: false, holdOpen: true));
            IChatClient chat = Harness.Chat(server);
            using var cancellation = new CancellationTokenSource();

            await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
            {
                await foreach (ChatResponseUpdate update in chat.GetStreamingResponseAsync("Hi", cancellationToken: cancellation.Token))
                {
                    Assert.Equal("a", update.Text);
                    cancellation.Cancel();
                }
            });
        }

        [Fact]
        public async Task Metadata_and_underlying_clients_are_services()
        {
            await using LoopbackServer server = await LoopbackServer.StartJsonAsync(200, CompletionJson);
            IChatClient chat = Harness.Chat(server);

            ChatClientMetadata? metadata = chat.GetService<ChatClientMetadata>();

            Assert.NotNull(metadata);
            Assert.Equal("venice", metadata.ProviderName);
            Assert.Equal(server.BaseAddress.ToString().TrimEnd('/'), metadata.ProviderUri!.ToString().TrimEnd('/'));
            Assert.Equal("venice-uncensored", metadata.DefaultModelId);
            Assert.NotNull(chat.GetService<VeniceAot.Chat.ChatClient>());
            Assert.NotNull(chat.GetService<VeniceClient>());
            Assert.Same(chat, chat.GetService<IChatClient>());
            Assert.Null(chat.GetService<ChatClientMetadata>("keyed"));
        }

        [Fact]
        public async Task Missing_model_is_a_clear_error_before_any_request()
        {
            await using LoopbackServer server = await LoopbackServer.StartJsonAsync(200, CompletionJson);
            IChatClient chat = Harness.Chat(server, model: null);

            InvalidOperationException error = await Assert.ThrowsAsync<InvalidOperationException>(() => chat.GetResponseAsync("Hi"));

            Assert.Contains("ModelId", error.Message);
            Assert.Empty(server.Requests);
        }
    }
}
