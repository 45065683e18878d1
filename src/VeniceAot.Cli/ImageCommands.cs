using System;
using System.CommandLine;
using System.Threading;
using System.Threading.Tasks;
using VeniceAot.Http;
using VeniceAot.Images;
using VeniceAot.Json;

namespace VeniceAot.Cli
{
    /// <summary>The <c>venice image …</c> group: generate, edit, upscale, remove-bg (each saved to <c>-o</c>) and styles.</summary>
    public static class ImageCommands
    {
        /// <summary>Builds the <c>image</c> command and its subcommands.</summary>
        /// <param name="context">The shared CLI context.</param>
        /// <returns>The command.</returns>
        public static Command Create(CliContext context)
        {
            ArgumentNullException.ThrowIfNull(context);
            var image = context.NewCommand("image", "Generate, edit, upscale images and remove backgrounds; list styles.", "venice image generate -m flux-2-pro \"a lighthouse at dawn\" -o lighthouse.png");
            image.Add(Generate(context));
            image.Add(Edit(context));
            image.Add(Upscale(context));
            image.Add(RemoveBackground(context));
            image.Add(Styles(context));
            return image;
        }

        private static Command Generate(CliContext context)
        {
            var command = context.NewCommand(
                "generate",
                "Generate an image from a prompt and save it to -o.",
                "venice image generate -m flux-2-pro \"a lighthouse at dawn\" -o lighthouse.png",
                "venice image generate -m flux-2-pro --style \"3D Model\" --width 1024 --height 768 \"a red fox\" -o fox.webp --force");
            var model = new Option<string>("--model", "-m") { Description = "The image model id (see 'venice models list --type image').", HelpName = "model", Required = true };
            var negative = new Option<string>("--negative-prompt") { Description = "What the image should not contain.", HelpName = "text" };
            var style = new Option<string>("--style") { Description = "A style preset (see 'venice image styles').", HelpName = "name" };
            var width = new Option<int?>("--width") { Description = "Width in pixels.", HelpName = "px" };
            var height = new Option<int?>("--height") { Description = "Height in pixels.", HelpName = "px" };
            var format = new Option<string>("--format") { Description = "jpeg, png or webp (Venice's default: webp).", HelpName = "format" };
            var seed = new Option<int?>("--seed") { Description = "A seed, for repeatable results.", HelpName = "n" };
            var prompt = new Argument<string>("prompt") { Description = "What to draw." };
            var file = new FileOutput("image");
            command.Add(model);
            command.Add(negative);
            command.Add(style);
            command.Add(width);
            command.Add(height);
            command.Add(format);
            command.Add(seed);
            command.Add(prompt);
            file.AddTo(command);
            context.SetApiAction(command, async (parse, client, ct) =>
            {
                string path = file.CheckTarget(parse);
                string text = parse.GetRequiredValue(prompt);
                if (string.IsNullOrWhiteSpace(text))
                {
                    throw new UsageException("the prompt is empty.");
                }

                var request = new GenerateImageRequest
                {
                    Model = ImageModel.FromValue(parse.GetRequiredValue(model)),
                    Prompt = text,
                    NegativePrompt = parse.GetValue(negative),
                    StylePreset = parse.GetValue(style),
                    Width = parse.GetValue(width),
                    Height = parse.GetValue(height),
                    Format = parse.GetValue(format) is { Length: > 0 } f ? ImageFormat.FromValue(f) : null,
                    Seed = parse.GetValue(seed),
                    ReturnBinary = true,
                };
                using MediaResponse<GenerateImageResponse> response = await client.Images.GenerateAsync(request, ct).ConfigureAwait(false);
                bool overwrite = file.IsForced(parse);
                if (response.Media is BinaryResponse media)
                {
                    long written = await FileOutput.SaveAsync(media, path, overwrite, ct).ConfigureAwait(false);
                    FileOutput.Report(context, context.IsJson(parse), path, written, media.ContentType);
                    return ExitCodes.Success;
                }

                // Venice may answer with JSON (base64 images) even when binary was asked for.
                GenerateImageResponse json = response.Value!;
                if (json.Images.Count == 0)
                {
                    context.Error.WriteLine("error: Venice answered with no image.");
                    return ExitCodes.ApiError;
                }

                byte[] bytes = json.GetImageBytes(0);
                long count = await FileOutput.SaveAsync(bytes, path, overwrite, ct).ConfigureAwait(false);
                FileOutput.Report(context, context.IsJson(parse), path, count, SniffImageType(bytes));
                return ExitCodes.Success;
            });
            return command;
        }

        private static Command Edit(CliContext context)
        {
            var command = context.NewCommand(
                "edit",
                "Edit an image as a prompt says and save the result to -o.",
                "venice image edit photo.png --prompt \"make the sky purple\" -o purple.png");
            Argument<string> input = InputArgument();
            var prompt = new Option<string>("--prompt", "-p") { Description = "What to change.", HelpName = "text", Required = true };
            var model = new Option<string>("--model", "-m") { Description = "The edit model (Venice's default: firered-image-edit).", HelpName = "model" };
            var file = new FileOutput("edited image");
            command.Add(input);
            command.Add(prompt);
            command.Add(model);
            file.AddTo(command);
            context.SetApiAction(command, async (parse, client, ct) =>
            {
                string source = FileOutput.CheckInput(parse.GetRequiredValue(input));
                string path = file.CheckTarget(parse);
                var upload = new EditImageUpload
                {
                    Prompt = parse.GetRequiredValue(prompt),
                    Image = MediaUpload.FromFile(source),
                    Model = parse.GetValue(model) is { Length: > 0 } m ? ImageEditModel.FromValue(m) : null,
                };
                using BinaryResponse media = await client.Images.EditAsync(upload, ct).ConfigureAwait(false);
                return await SaveAsync(context, parse, file, media, path, ct).ConfigureAwait(false);
            });
            return command;
        }

        private static Command Upscale(CliContext context)
        {
            var command = context.NewCommand(
                "upscale",
                "Upscale an image (2x or 4x) and save the result to -o.",
                "venice image upscale photo.png --scale 4 -o photo-4x.png");
            Argument<string> input = InputArgument();
            var scale = new Option<double?>("--scale") { Description = "2 or 4 (Venice's default: 2).", HelpName = "factor" };
            var creativity = new Option<double?>("--creativity") { Description = "How much detail to add, 0 to 0.02 (Venice's default: 0.01).", HelpName = "n" };
            var file = new FileOutput("upscaled image");
            command.Add(input);
            command.Add(scale);
            command.Add(creativity);
            file.AddTo(command);
            context.SetApiAction(command, async (parse, client, ct) =>
            {
                string source = FileOutput.CheckInput(parse.GetRequiredValue(input));
                string path = file.CheckTarget(parse);
                var upload = new UpscaleImageUpload
                {
                    Image = MediaUpload.FromFile(source),
                    Scale = parse.GetValue(scale),
                    Creativity = parse.GetValue(creativity),
                };
                using BinaryResponse media = await client.Images.UpscaleAsync(upload, ct).ConfigureAwait(false);
                return await SaveAsync(context, parse, file, media, path, ct).ConfigureAwait(false);
            });
            return command;
        }

        private static Command RemoveBackground(CliContext context)
        {
            var command = context.NewCommand(
                "remove-bg",
                "Remove an image's background and save the result (a PNG with transparency) to -o.",
                "venice image remove-bg portrait.jpg -o portrait.png");
            Argument<string> input = InputArgument();
            var file = new FileOutput("image");
            command.Add(input);
            file.AddTo(command);
            context.SetApiAction(command, async (parse, client, ct) =>
            {
                string source = FileOutput.CheckInput(parse.GetRequiredValue(input));
                string path = file.CheckTarget(parse);
                var upload = new BackgroundRemoveImageUpload { Image = MediaUpload.FromFile(source) };
                using BinaryResponse media = await client.Images.RemoveBackgroundAsync(upload, ct).ConfigureAwait(false);
                return await SaveAsync(context, parse, file, media, path, ct).ConfigureAwait(false);
            });
            return command;
        }

        private static Command Styles(CliContext context)
        {
            var command = context.NewCommand("styles", "List the style presets 'image generate --style' accepts.", "venice image styles");
            context.SetApiAction(command, async (parse, client, ct) =>
            {
                ImageStylesResponse styles = await client.Images.GetStylesAsync(ct).ConfigureAwait(false);
                if (context.IsJson(parse))
                {
                    context.WriteJson(styles, ImagesJsonContext.Default.ImageStylesResponse);
                }
                else
                {
                    foreach (string style in styles.Data)
                    {
                        context.Output.WriteLine(style);
                    }
                }

                return ExitCodes.Success;
            });
            return command;
        }

        private static Argument<string> InputArgument() => new("input") { Description = "The image file to upload." };

        private static async Task<int> SaveAsync(CliContext context, ParseResult parse, FileOutput file, BinaryResponse media, string path, CancellationToken cancellationToken)
        {
            long written = await FileOutput.SaveAsync(media, path, file.IsForced(parse), cancellationToken).ConfigureAwait(false);
            FileOutput.Report(context, context.IsJson(parse), path, written, media.ContentType);
            return ExitCodes.Success;
        }

        /// <summary>The media type of decoded image bytes, from their signature.</summary>
        private static string SniffImageType(ReadOnlySpan<byte> bytes) => bytes switch
        {
            [0x89, (byte)'P', (byte)'N', (byte)'G', ..] => "image/png",
            [0xFF, 0xD8, 0xFF, ..] => "image/jpeg",
            [(byte)'R', (byte)'I', (byte)'F', (byte)'F', _, _, _, _, (byte)'W', (byte)'E', (byte)'B', (byte)'P', ..] => "image/webp",
            _ => "application/octet-stream",
        };
    }
}
