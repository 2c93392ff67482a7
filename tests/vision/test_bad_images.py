"""Bad images: a clear one-line error or a correct result, never a crash or a memory spike."""

import io
import struct
import zlib

import pytest
from PIL import Image

from desktop.engine.errors import InputError, InputTooLarge
from desktop.engine.vision.loading import decode_image
from desktop.engine.vision.output import encode_clean


def png_bytes(image: Image.Image, **params) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, "PNG", **params)
    return buffer.getvalue()


def png_claiming(width: int, height: int) -> bytes:
    """A tiny real PNG whose header is rewritten to claim another size (a bomb's header)."""
    data = bytearray(png_bytes(Image.new("RGB", (1, 1), "white")))
    data[16:24] = struct.pack(">II", width, height)  # IHDR width and height
    data[29:33] = struct.pack(">I", zlib.crc32(bytes(data[12:29])))  # IHDR's CRC
    return bytes(data)


def test_truncated_png() -> None:
    data = png_bytes(Image.new("RGB", (400, 300), "white"))
    with pytest.raises(InputError, match=r"cannot (read|decode) the image"):
        decode_image(data[: len(data) // 2])


def test_not_an_image() -> None:
    with pytest.raises(InputError, match="not an image"):
        decode_image(b"%PDF-1.7 this is a pdf, not a picture")


def test_empty_file() -> None:
    with pytest.raises(InputError, match="empty"):
        decode_image(b"")


def test_zero_by_zero() -> None:
    with pytest.raises(InputError):
        decode_image(png_claiming(0, 0))


def test_decompression_bomb_is_refused_from_its_header() -> None:
    with pytest.raises(InputTooLarge):
        decode_image(png_claiming(30000, 30000))


def test_animated_gif_uses_the_first_frame() -> None:
    frames = [Image.new("RGB", (64, 32), colour) for colour in ("red", "green", "blue")]
    buffer = io.BytesIO()
    frames[0].save(buffer, "GIF", save_all=True, append_images=frames[1:], duration=100)
    loaded = decode_image(buffer.getvalue())
    assert loaded.image.size == (64, 32) and loaded.image.mode in ("RGB", "RGBA")
    assert loaded.notes  # the user is told that only one frame was read


def test_cmyk_jpeg() -> None:
    buffer = io.BytesIO()
    Image.new("CMYK", (40, 20), (0, 255, 255, 0)).save(buffer, "JPEG")
    loaded = decode_image(buffer.getvalue())
    assert loaded.image.mode == "RGB"
    red, green, blue = loaded.image.getpixel((20, 10))
    assert red > 200 and green < 60 and blue < 60


def test_sixteen_bit_grey_png() -> None:
    image = Image.new("I;16", (40, 20))
    image.putpixel((0, 0), 65535)
    loaded = decode_image(png_bytes(image))
    assert loaded.image.mode in ("RGB", "RGBA") and loaded.image.getpixel((0, 0))[0] == 255


def test_palette_with_transparency() -> None:
    image = Image.new("P", (40, 20), 1)
    image.putpalette([0, 0, 0, 255, 0, 0] + [0] * 762)
    loaded = decode_image(png_bytes(image, transparency=1))
    assert loaded.image.mode == "RGBA"


def test_metadata_is_stripped() -> None:
    from PIL import PngImagePlugin

    info = PngImagePlugin.PngInfo()
    info.add_text("Author", "Wang Xiao-Ming")
    exif = Image.Exif()
    exif[0x8825] = {2: (25, 2, 0), 4: (121, 33, 0)}  # GPS IFD
    image = Image.new("RGB", (40, 20), "white")
    loaded = decode_image(png_bytes(image, pnginfo=info, exif=exif))
    for image_format in ("PNG", "JPEG"):
        out = Image.open(io.BytesIO(encode_clean(loaded.image, image_format)))
        assert not out.getexif()
        assert "Author" not in out.info and "exif" not in out.info
        assert b"Wang" not in encode_clean(loaded.image, image_format)


def test_jpeg_with_gps_exif_comes_out_clean_and_upright() -> None:
    exif = Image.Exif()
    exif[0x0112] = 6  # orientation: rotate 90 degrees on display
    exif[0x8825] = {1: "N", 2: (25.0, 2.0, 0.0), 3: "E", 4: (121.0, 33.0, 0.0)}
    buffer = io.BytesIO()
    Image.new("RGB", (60, 20), "white").save(buffer, "JPEG", exif=exif, comment=b"secret note")
    loaded = decode_image(buffer.getvalue())
    assert loaded.image.size == (20, 60)  # orientation applied before the tag is dropped
    data = encode_clean(loaded.image, "PNG")
    out = Image.open(io.BytesIO(data))
    assert not out.getexif() and not out.info.get("comment")
    assert b"secret" not in data and b"GPS" not in data


def test_transparent_pixels_keep_no_hidden_colour() -> None:
    from desktop.engine.vision.geometry import Box
    from desktop.engine.vision.mask import fill_boxes

    image = Image.new("RGBA", (40, 20), (200, 10, 10, 0))  # invisible red
    image.putpixel((5, 5), (0, 0, 255, 255))
    filled = fill_boxes(decode_image(png_bytes(image)).image, [Box(20, 0, 30, 10)])
    assert filled.mode == "RGBA"
    assert filled.getpixel((0, 19)) == (0, 0, 0, 0)  # colour under alpha 0 cleared
    assert filled.getpixel((5, 5)) == (0, 0, 255, 255)
    assert filled.getpixel((25, 5)) == (0, 0, 0, 255)  # the fill is opaque


def test_output_format_follows_the_file_name(tmp_path) -> None:
    from desktop.engine.vision.output import save_clean

    image = Image.new("RGB", (10, 10), "white")
    assert save_clean(image, tmp_path / "a.png") == "PNG"
    assert save_clean(image, tmp_path / "b.jpg") == "JPEG"
    assert save_clean(image, tmp_path / "c.out") == "PNG"
    assert Image.open(tmp_path / "c.out").format == "PNG"
    assert not list(tmp_path.glob(".*partial"))


def test_oversized_side_is_refused() -> None:
    with pytest.raises(InputTooLarge):
        decode_image(png_claiming(40000, 10))
