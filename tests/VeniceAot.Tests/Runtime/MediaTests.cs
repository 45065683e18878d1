using System;
using System.IO;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using VeniceAot.Http;
using VeniceAot.Testing;

namespace VeniceAot.Tests.Runtime
{
    /// <summary>Prebuilt (multipart) bodies, JSON-or-media dispatch on Content-Type, and atomic saves.</summary>
    public sealed class MediaTests
    {
        private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 9, 8, 7];

        private static (VeniceClient Client, TestApiClient Api) Create(LoopbackServer server)
        {
            var client = new VeniceClient(new VeniceClientOptions { ApiKey = ApiKeysTests.Key, BaseAddress = server.BaseAddress });
            return (client, new TestApiClient(client.Connection));
        }

        /// <summary>Answers JSON, PNG or CSV depending on what the request asked for in its "want" part.</summary>
        private static Task Answer(RecordedRequest request, HttpContext context)
        {
            string body = request.BodyText;
            if (body.Contains("want-json", StringComparison.Ordinal))
            {
                return Respond.Json(context, 200, """{"text":"queued","n":3}""");
            }

            return body.Contains("want-csv", StringComparison.Ordinal)
                ? Respond.Text(context, 200, "text/csv; charset=utf-8", "date,usd\n2026-11-01,1.25\n")
                : Respond.Bytes(context, 200, "image/png", Png);
        }

        private static MultipartFormDataContent Upload(string want)
        {
            var content = new MultipartFormDataContent();
            content.Add(new StringContent(want), "want");
            var file = new StreamContent(new MemoryStream(Png));
            file.Headers.ContentType = new MediaTypeHeaderValue("image/png");
            content.Add(file, "image", "in.png");
            return content;
        }

        [Fact]
        public async Task Multipart_content_is_sent_as_built_and_json_answers_parse()
        {
            await using LoopbackServer server = await LoopbackServer.StartAsync(Answer);
            (VeniceClient client, TestApiClient api) = Create(server);
            using (client)
            {
                await using MediaResponse<Echo> response = await api.UploadAsync(Upload("want-json"));

                Assert.True(response.IsJson);
                Assert.Equal(3, response.Value!.Number);
                Assert.Null(response.Media);
                RecordedRequest request = server.LastRequest;
                Assert.StartsWith("multipart/form-data; boundary=", request.ContentType);
                Assert.Contains("name=want", request.BodyText);
                Assert.Contains("name=image; filename=in.png", request.BodyText);
                Assert.Equal("Bearer " + ApiKeysTests.Key, request.Header("Authorization"));
            }
        }

        [Fact]
        public async Task Media_answers_stay_streams_with_their_content_type()
        {
            await using LoopbackServer server = await LoopbackServer.StartAsync(Answer);
            (VeniceClient client, TestApiClient api) = Create(server);
            using (client)
            {
                await using MediaResponse<Echo> image = await api.UploadAsync(Upload("want-png"));
                await using MediaResponse<Echo> csv = await api.UploadAsync(Upload("want-csv"));

                Assert.False(image.IsJson);
                Assert.Equal("image/png", image.Media!.ContentType);
                using var bytes = new MemoryStream();
                await image.Media.Content.CopyToAsync(bytes);
                Assert.Equal(Png, bytes.ToArray());
                Assert.Equal("text/csv", csv.Media!.ContentType);
                Assert.Equal("date,usd\n2026-11-01,1.25\n", await csv.Media.ReadAsStringAsync());
            }
        }

        [Fact]
        public async Task Save_writes_the_whole_file_and_refuses_to_overwrite_by_default()
        {
            await using LoopbackServer server = await LoopbackServer.StartAsync(Answer);
            (VeniceClient client, TestApiClient api) = Create(server);
            string directory = Directory.CreateTempSubdirectory("venice-save-").FullName;
            try
            {
                using (client)
                {
                    string target = Path.Combine(directory, "out.png");
                    await using (BinaryResponse first = await api.DownloadAsync("a"))
                    {
                        Assert.Equal(Png.Length, await first.SaveToFileAsync(target));
                    }

                    await using BinaryResponse second = await api.DownloadAsync("b");
                    await Assert.ThrowsAsync<IOException>(() => second.SaveToFileAsync(target));

                    Assert.Equal(Png, await File.ReadAllBytesAsync(target));
                    Assert.Equal("out.png", Path.GetFileName(Assert.Single(Directory.GetFiles(directory))));
                }
            }
            finally
            {
                Directory.Delete(directory, recursive: true);
            }
        }

        [Fact]
        public async Task A_download_that_breaks_off_leaves_no_file()
        {
            await using LoopbackServer server = await LoopbackServer.StartAsync(async (_, context) =>
            {
                context.Response.ContentType = "image/png";
                context.Response.ContentLength = 1_000_000;
                await context.Response.Body.WriteAsync(Png);
                await context.Response.Body.FlushAsync();
                // Give the client time to read the headers and start saving before the connection drops.
                await Task.Delay(300);
                context.Abort();
            });
            (VeniceClient client, TestApiClient api) = Create(server);
            string directory = Directory.CreateTempSubdirectory("venice-save-").FullName;
            try
            {
                using (client)
                {
                    await using BinaryResponse download = await api.DownloadAsync("broken");
                    await Assert.ThrowsAnyAsync<IOException>(() => download.SaveToFileAsync(Path.Combine(directory, "broken.png"))).WaitAsync(TimeSpan.FromSeconds(10));

                    Assert.Empty(Directory.GetFiles(directory));
                }
            }
            finally
            {
                Directory.Delete(directory, recursive: true);
            }
        }

        [Fact]
        public async Task A_cancelled_download_leaves_no_file()
        {
            await using LoopbackServer server = await LoopbackServer.StartAsync(async (_, context) =>
            {
                context.Response.ContentType = "image/png";
                await context.Response.Body.WriteAsync(Png);
                await context.Response.Body.FlushAsync();
                try
                {
                    await Task.Delay(Timeout.Infinite, context.RequestAborted);
                }
                catch (TaskCanceledException)
                {
                }
            });
            (VeniceClient client, TestApiClient api) = Create(server);
            string directory = Directory.CreateTempSubdirectory("venice-save-").FullName;
            try
            {
                using (client)
                {
                    using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
                    await using BinaryResponse download = await api.DownloadAsync("slow");
                    await Assert.ThrowsAnyAsync<OperationCanceledException>(() => download.SaveToFileAsync(Path.Combine(directory, "slow.png"), cancellationToken: cts.Token)).WaitAsync(TimeSpan.FromSeconds(10));

                    Assert.Empty(Directory.GetFiles(directory));
                }
            }
            finally
            {
                Directory.Delete(directory, recursive: true);
            }
        }
    }
}
