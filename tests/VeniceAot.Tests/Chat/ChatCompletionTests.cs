using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using VeniceAot.Chat;
using VeniceAot.Http;
using VeniceAot.Testing;

namespace VeniceAot.Tests.Chat
{
    /// <summary>Non-streaming <c>POST /chat/completions</c>: the exact body the server saw, and the parsed answer.</summary>
    public sealed class ChatCompletionTests
    {
        private const string MinimalAnswer = """
            {"id":"chatcmpl-1","object":"chat.completion","created":1739928524,"model":"m",
             "choices":[{"index":0,"finish_reason":"stop","logprobs":null,"message":{"role":"assistant","content":"Hello"}}],
             "usage":{"prompt_tokens":3,"completion_tokens":1,"total_tokens":4}}
            """;

        [Fact]
        public async Task Minimal_request_sends_exactly_model_and_messages()
        {
            await using LoopbackServer server = await LoopbackServer.StartJsonAsync(200, MinimalAnswer);
            using VeniceClient client = ChatTestSupport.ClientFor(server);

            ChatCompletion result = await client.Chat.CreateAsync(new ChatCompletionRequest
            {
                Model = "m",
                Messages = [ChatMessage.User("Hi")],
            });

            RecordedRequest request = server.LastRequest;
            Assert.Equal("POST", request.Method);
            Assert.Equal("/api/v1/chat/completions", request.RawPath);
            Assert.Equal("Bearer " + ChatTestSupport.Key, request.Header("Authorization"));
            Assert.StartsWith("application/json", request.ContentType);
            Assert.Equal("""{"model":"m","messages":[{"role":"user","content":"Hi"}]}""", request.BodyText);
            Assert.Equal("Hello", result.GetText());
            Assert.Equal(ChatFinishReason.Stop, result.Choices[0].FinishReason);
            Assert.Equal(4, result.Usage!.TotalTokens);
        }

        [Fact]
        public async Task Full_request_uses_spec_names_union_shapes_and_no_nulls()
        {
            await using LoopbackServer server = await LoopbackServer.StartJsonAsync(200, MinimalAnswer);
            using VeniceClient client = ChatTestSupport.ClientFor(server);
            using JsonDocument parameters = JsonDocument.Parse("""{"type":"object","properties":{"city":{"type":"string"}},"required":["city"]}""");
            using JsonDocument schema = JsonDocument.Parse("""{"type":"object","properties":{"age":{"type":"number"}}}""");

            var request = new ChatCompletionRequest
            {
                Model = ModelFeatureSuffix.Build("zai-org-glm-5-1", new ChatVeniceParameters { EnableWebSearch = ChatWebSearchMode.On }),
                Messages =
                [
                    ChatMessage.System("Be brief."),
                    new ChatDeveloperMessage { Content = new ChatContentPart[] { new ChatTextContentPart { Text = "Dev", CacheControl = ChatCacheControl.CreateEphemeral("1h") } } },
                    new ChatUserMessage
                    {
                        Name = "ann",
                        Content = new ChatContentPart[]
                        {
                            ChatContentPart.FromText("Look:"),
                            new ChatImageUrlContentPart { ImageUrl = new ChatImageUrl { Url = "https://x.test/a.png" }, CacheControl = ChatCacheControl.CreateEphemeral() },
                            ChatContentPart.FromInputAudio("UklGRg==", ChatInputAudioFormat.Mp3),
                            ChatContentPart.FromVideoUrl("data:video/mp4;base64,AAAA"),
                            ChatContentPart.FromFile("data:application/pdf;base64,JVBERi0=", "doc.pdf"),
                        },
                    },
                    new ChatAssistantMessage
                    {
                        Content = null,
                        ReasoningContent = "thinking",
                        ThoughtSignature = "sig==",
                        ReasoningDetails = [new ChatReasoningDetail { Type = "reasoning.encrypted", Data = "enc", Index = 0 }],
                        ToolCalls = [new ChatToolCall { Id = "call_1", Type = "function", Function = new ChatFunctionCall { Name = "weather", Arguments = """{"city":"Rome"}""" } }],
                    },
                    ChatMessage.Tool("call_1", """{"temp":21}"""),
                ],
                FrequencyPenalty = 0.5,
                PresencePenalty = -0.5,
                RepetitionPenalty = 1.2,
                Temperature = 0.7,
                TopP = 0.9,
                TopK = 40,
                MinP = 0.05,
                MinTemp = 0.1,
                MaxTemp = 1.5,
                MaxTokens = 100,
                MaxCompletionTokens = 200,
                N = 1,
                Seed = 42,
                Logprobs = true,
                TopLogprobs = 2,
                Stop = new[] { "END", "STOP" },
                StopTokenIds = [151643, 151645],
                Reasoning = new ChatReasoningOptions { Effort = ChatReasoningEffort.High, Summary = ChatReasoningSummary.Concise },
                ReasoningEffort = ChatReasoningEffort.Medium,
                PromptCacheKey = "k",
                PromptCacheRetention = ChatPromptCacheRetention.TwentyFourHours,
                User = "u",
                Store = false,
                Verbosity = ChatVerbosity.Low,
                Text = new ChatTextOptions { Verbosity = ChatVerbosity.High },
                Include = ["reasoning.encrypted_content"],
                Metadata = new Dictionary<string, string> { ["trace"] = "t1" },
                Fallbacks = [new ChatFallback { Model = "claude-opus-4-8" }],
                ParallelToolCalls = false,
                ResponseFormat = ChatResponseFormat.FromJsonSchema(schema.RootElement),
                ToolChoice = ChatToolChoice.ForFunction("weather"),
                Tools = [ChatTool.CreateFunction("weather", "Current weather", parameters.RootElement, strict: true), new ChatWebSearchTool(), new ChatXSearchTool()],
                VeniceParameters = new ChatVeniceParameters
                {
                    CharacterSlug = "venice",
                    StripThinkingResponse = true,
                    DisableThinking = false,
                    EnableE2ee = false,
                    EnableWebSearch = ChatWebSearchMode.Auto,
                    EnableWebScraping = true,
                    EnableWebCitations = true,
                    IncludeSearchResultsInStream = false,
                    ReturnSearchResultsAsDocuments = true,
                    IncludeVeniceSystemPrompt = false,
                    EnableXSearch = true,
                },
            };

            await client.Chat.CreateAsync(request);

            string body = server.LastRequest.BodyText;
            using (JsonDocument document = JsonDocument.Parse(body))
            {
                ChatTestSupport.AssertNoNulls(document.RootElement);
            }

            ChatTestSupport.AssertJsonEqual("""
                {
                  "model": "zai-org-glm-5-1:enable_web_search=on",
                  "messages": [
                    {"role":"system","content":"Be brief."},
                    {"role":"developer","content":[{"type":"text","cache_control":{"type":"ephemeral","ttl":"1h"},"text":"Dev"}]},
                    {"role":"user","name":"ann","content":[
                      {"type":"text","text":"Look:"},
                      {"type":"image_url","image_url":{"url":"https://x.test/a.png"},"cache_control":{"type":"ephemeral"}},
                      {"type":"input_audio","input_audio":{"data":"UklGRg==","format":"mp3"}},
                      {"type":"video_url","video_url":{"url":"data:video/mp4;base64,AAAA"}},
                      {"type":"file","file":{"file_data":"data:application/pdf;base64,JVBERi0=","filename":"doc.pdf"}}
                    ]},
                    {"role":"assistant","reasoning_content":"thinking","thought_signature":"sig==",
                     "reasoning_details":[{"type":"reasoning.encrypted","data":"enc","index":0}],
                     "tool_calls":[{"id":"call_1","type":"function","function":{"name":"weather","arguments":"{\"city\":\"Rome\"}"}}]},
                    {"role":"tool","tool_call_id":"call_1","content":"{\"temp\":21}"}
                  ],
                  "frequency_penalty": 0.5, "presence_penalty": -0.5, "repetition_penalty": 1.2,
                  "temperature": 0.7, "top_p": 0.9, "top_k": 40, "min_p": 0.05, "min_temp": 0.1, "max_temp": 1.5,
                  "max_tokens": 100, "max_completion_tokens": 200, "n": 1, "seed": 42,
                  "logprobs": true, "top_logprobs": 2,
                  "stop": ["END","STOP"],
                  "stop_token_ids": [151643,151645],
                  "reasoning": {"effort":"high","summary":"concise"},
                  "reasoning_effort": "medium",
                  "prompt_cache_key": "k", "prompt_cache_retention": "24h",
                  "user": "u", "store": false,
                  "verbosity": "low", "text": {"verbosity":"high"},
                  "include": ["reasoning.encrypted_content"],
                  "metadata": {"trace":"t1"},
                  "fallbacks": [{"model":"claude-opus-4-8"}],
                  "parallel_tool_calls": false,
                  "response_format": {"type":"json_schema","json_schema":{"type":"object","properties":{"age":{"type":"number"}}}},
                  "tool_choice": {"type":"function","function":{"name":"weather"}},
                  "tools": [
                    {"type":"function","function":{"name":"weather","description":"Current weather","parameters":{"type":"object","properties":{"city":{"type":"string"}},"required":["city"]},"strict":true}},
                    {"type":"web_search"},
                    {"type":"x_search"}
                  ],
                  "venice_parameters": {
                    "character_slug":"venice","strip_thinking_response":true,"disable_thinking":false,"enable_e2ee":false,
                    "enable_web_search":"auto","enable_web_scraping":true,"enable_web_citations":true,
                    "include_search_results_in_stream":false,"return_search_results_as_documents":true,
                    "include_venice_system_prompt":false,"enable_x_search":true
                  }
                }
                """, body);
            Assert.DoesNotContain("\"stream\"", body, StringComparison.Ordinal);
        }

        [Fact]
        public async Task String_forms_of_unions_are_sent_as_strings()
        {
            await using LoopbackServer server = await LoopbackServer.StartJsonAsync(200, MinimalAnswer);
            using VeniceClient client = ChatTestSupport.ClientFor(server);

            await client.Chat.CreateAsync(new ChatCompletionRequest
            {
                Model = "m",
                Messages = [ChatMessage.User(new ChatContentPart[] { ChatContentPart.FromText("parts") }), ChatMessage.Assistant("plain")],
                Stop = "END",
                ToolChoice = "auto",
                ResponseFormat = ChatResponseFormat.JsonObject,
            });

            Assert.Equal(
                """{"model":"m","messages":[{"role":"user","content":[{"type":"text","text":"parts"}]},{"role":"assistant","content":"plain"}],"stop":"END","response_format":{"type":"json_object"},"tool_choice":"auto"}""",
                server.LastRequest.BodyText);
        }

        [Fact]
        public async Task Other_tool_choice_modes_and_text_format_are_sent()
        {
            await using LoopbackServer server = await LoopbackServer.StartJsonAsync(200, MinimalAnswer);
            using VeniceClient client = ChatTestSupport.ClientFor(server);
            var request = new ChatCompletionRequest { Model = "m", Messages = [ChatMessage.User("x")] };

            await client.Chat.CreateAsync(request with { ToolChoice = ChatToolChoice.Required, ResponseFormat = ChatResponseFormat.Text, Stop = new[] { "only" } });
            await client.Chat.CreateAsync(request with { ToolChoice = ChatToolChoice.None });

            IReadOnlyList<RecordedRequest> requests = server.Requests;
            Assert.Equal("""{"model":"m","messages":[{"role":"user","content":"x"}],"stop":["only"],"response_format":{"type":"text"},"tool_choice":"required"}""", requests[0].BodyText);
            Assert.Equal("""{"model":"m","messages":[{"role":"user","content":"x"}],"tool_choice":"none"}""", requests[1].BodyText);
        }

        [Fact]
        public async Task Create_sends_stream_false_only_when_set_and_refuses_stream_true()
        {
            await using LoopbackServer server = await LoopbackServer.StartJsonAsync(200, MinimalAnswer);
            using VeniceClient client = ChatTestSupport.ClientFor(server);
            var request = new ChatCompletionRequest { Model = "m", Messages = [ChatMessage.User("x")], Stream = false };

            await client.Chat.CreateAsync(request);
            ArgumentException error = await Assert.ThrowsAsync<ArgumentException>(() => client.Chat.CreateAsync(request with { Stream = true }));

            Assert.Contains("StreamAsync", error.Message, StringComparison.Ordinal);
            Assert.Single(server.Requests);
            Assert.Equal("""{"model":"m","messages":[{"role":"user","content":"x"}],"stream":false}""", server.LastRequest.BodyText);
        }

        [Fact]
        public async Task Response_parses_choices_reasons_logprobs_usage_cost_and_citations()
        {
            const string answer = """
                {
                  "id": "chatcmpl-9", "object": "chat.completion", "created": 1739928524, "model": "zai-org-glm-5-1",
                  "choices": [
                    {
                      "index": 0, "finish_reason": "tool_calls", "stop_reason": null,
                      "logprobs": {"content":[{"token":"He","logprob":-0.1,"bytes":[72,101],"top_logprobs":[{"token":"He","logprob":-0.1}]}]},
                      "message": {
                        "role": "assistant", "content": null, "reasoning_content": "Let me check.",
                        "reasoning_details": [{"type":"reasoning.text","text":"Let me check.","index":0,"signature":"abc"}],
                        "thought_signature": "c2ln",
                        "tool_calls": [{"id":"call_7","type":"function","function":{"name":"weather","arguments":"{\"city\":\"Rome\"}"}}],
                        "provider_extra": {"kept": true}
                      }
                    },
                    {
                      "index": 1, "finish_reason": "content_filter", "stop_reason": 151645,
                      "logprobs": {"token":"hello","logprob":-0.34,"bytes":[104,101,108,108,111],"top_logprobs":[{"token":"hello","logprob":-0.34,"bytes":[104]}]},
                      "message": {"role":"assistant","content":[{"type":"text","text":"Hi "},{"type":"text","text":"there"}]}
                    }
                  ],
                  "usage": {
                    "prompt_tokens": 612, "completion_tokens": 146, "total_tokens": 758,
                    "prompt_tokens_details": {"cached_tokens":128,"cache_creation_input_tokens":64},
                    "completion_tokens_details": {"reasoning_tokens":32}
                  },
                  "cost": {"diem": 0, "usd": "0.00042"},
                  "prompt_logprobs": {"0": {"logprob": -1.5}},
                  "venice_parameters": {
                    "enable_e2ee": true, "enable_web_search": "auto", "enable_web_citations": true, "enable_web_scraping": false,
                    "include_venice_system_prompt": true, "include_search_results_in_stream": false,
                    "return_search_results_as_documents": false, "strip_thinking_response": false, "disable_thinking": false,
                    "character_slug": "venice",
                    "web_search_citations": [{"title":"Why is the sky blue?","url":"https://example.test/sky","content":"Rayleigh","date":"2025-04-16T16:55:11"}]
                  },
                  "system_fingerprint": "fp_1"
                }
                """;
            await using LoopbackServer server = await LoopbackServer.StartJsonAsync(200, answer, new Dictionary<string, string> { ["CF-RAY"] = "ray-1" });
            using VeniceClient client = ChatTestSupport.ClientFor(server);

            ApiResponse<ChatCompletion> response = await client.Chat.CreateWithMetadataAsync(new ChatCompletionRequest { Model = "m", Messages = [ChatMessage.User("x")] });
            ChatCompletion result = response.Value;

            Assert.Equal("chatcmpl-9", result.Id);
            Assert.Equal(ChatObjectType.ChatCompletion, result.Object);
            Assert.Equal(1739928524, result.Created);
            Assert.Equal(2, result.Choices.Count);

            ChatChoice first = result.Choices[0];
            Assert.Equal(ChatFinishReason.ToolCalls, first.FinishReason);
            Assert.Null(first.StopReason);
            ChatTokenLogprob token = Assert.Single(first.Logprobs!.Content!);
            Assert.Equal(("He", -0.1, 2), (token.Token, token.Logprob, token.Bytes!.Count));
            ChatAssistantMessage message = Assert.IsType<ChatAssistantMessage>(first.Message);
            Assert.Null(message.Content);
            Assert.Equal("Let me check.", message.ReasoningContent);
            Assert.Equal("c2ln", message.ThoughtSignature);
            Assert.Equal("abc", message.ReasoningDetails![0].AdditionalProperties!["signature"].GetString());
            ChatToolCall call = Assert.Single(message.ToolCalls!);
            Assert.Equal(("call_7", "function", "weather", """{"city":"Rome"}"""), (call.Id, call.Type, call.Function!.Name, call.Function.Arguments));
            Assert.True(message.AdditionalProperties!["provider_extra"].GetProperty("kept").GetBoolean());

            ChatChoice second = result.Choices[1];
            Assert.Equal("content_filter", second.FinishReason!.Value.Value);
            Assert.Equal("151645", second.StopReason!.Value.Value);
            Assert.Equal(("hello", -0.34), (second.Logprobs!.Token, second.Logprobs.Logprob));
            Assert.Equal([104, 101, 108, 108, 111], second.Logprobs.Bytes);
            Assert.Equal("Hi there", Assert.IsType<ChatAssistantMessage>(second.Message).Content!.GetText());

            Assert.Equal((612, 146, 758), (result.Usage!.PromptTokens, result.Usage.CompletionTokens, result.Usage.TotalTokens));
            Assert.Equal((128, 64), (result.Usage.PromptTokensDetails!.CachedTokens, result.Usage.PromptTokensDetails.CacheCreationInputTokens));
            Assert.Equal(32, result.Usage.CompletionTokensDetails!.ReasoningTokens);
            Assert.Equal((0m, 0.00042m), (result.Cost!.Diem, result.Cost.Usd));
            Assert.Equal(-1.5, result.PromptLogprobs!.Value.GetProperty("0").GetProperty("logprob").GetDouble());
            Assert.Equal(ChatWebSearchMode.Auto, result.VeniceParameters!.EnableWebSearch);
            Assert.Equal("venice", result.VeniceParameters.CharacterSlug);
            ChatWebSearchCitation citation = Assert.Single(result.VeniceParameters.WebSearchCitations!);
            Assert.Equal(("Why is the sky blue?", "https://example.test/sky", "Rayleigh", "2025-04-16T16:55:11"), (citation.Title, citation.Url, citation.Content, citation.Date));
            Assert.Equal("fp_1", result.AdditionalProperties!["system_fingerprint"].GetString());
            Assert.Equal("ray-1", response.Metadata.RequestId);
        }

        [Fact]
        public async Task Assistant_message_is_sent_back_verbatim_in_the_next_turn()
        {
            const string assistant = """
                {"role":"assistant","content":"Calling.","reasoning_content":"r","thought_signature":"c2ln",
                 "reasoning_details":[{"type":"reasoning.encrypted","data":"ZW5j","format":"anthropic-claude-v1","id":"rd_1","index":0,"signature":"s"}],
                 "tool_calls":[{"id":"call_7","type":"function","function":{"name":"weather","arguments":"{\"city\":\"Rome\"}"},"extra":{"x":1}}],
                 "provider_extra":[1,"two",{"three":3}]}
                """;
            string answer = $$"""{"id":"c","object":"chat.completion","created":1,"model":"m","choices":[{"index":0,"finish_reason":"tool_calls","message":{{assistant}}}]}""";
            await using LoopbackServer server = await LoopbackServer.StartJsonAsync(200, answer);
            using VeniceClient client = ChatTestSupport.ClientFor(server);
            ChatMessage user = ChatMessage.User("Weather in Rome?");

            ChatCompletion first = await client.Chat.CreateAsync(new ChatCompletionRequest { Model = "m", Messages = [user] });
            await client.Chat.CreateAsync(new ChatCompletionRequest
            {
                Model = "m",
                Messages = [user, first.Choices[0].Message!, ChatMessage.Tool("call_7", "21C")],
            });

            using JsonDocument body = server.LastRequest.BodyJson();
            JsonElement sentBack = body.RootElement.GetProperty("messages")[1];
            ChatTestSupport.AssertJsonEqual(assistant, sentBack.GetRawText());
        }

        [Fact]
        public async Task Http_error_becomes_VeniceApiException_with_venice_message()
        {
            await using LoopbackServer server = await LoopbackServer.StartJsonAsync(400, """{"error":"Invalid request","details":{"model":{"_errors":["Field is required"]}}}""");
            using VeniceClient client = ChatTestSupport.ClientFor(server);

            VeniceApiException error = await Assert.ThrowsAsync<VeniceApiException>(() =>
                client.Chat.CreateAsync(new ChatCompletionRequest { Model = "", Messages = [ChatMessage.User("x")] }));

            Assert.Equal(System.Net.HttpStatusCode.BadRequest, error.StatusCode);
            Assert.Equal("Invalid request", error.Error);
        }
    }
}
