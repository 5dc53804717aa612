"""The community's content: typed model, YAML validation (file:line errors), FAQ matcher, publishing.

Handlers receive a `Content`; they never read YAML or Redis. See config/README.md for the files.
"""

from bot.content.faq import FaqEntry
from bot.content.localized import LocalizedList, LocalizedText
from bot.content.model import (
    ApplyRoute,
    Brand,
    City,
    Content,
    Group,
    Job,
    Lesson,
    MiniProgramPage,
    Price,
    Product,
    TutorialSeries,
    Welcome,
)
from bot.text import EN, LOCALES, ZH, detect_locale, has_cjk, normalize  # isort: split

from bot.content.codec import from_data, to_data
from bot.content.publish import ContentStore, decode, encode, publish, published_version  # isort: split

from bot.content.schema import FILES, content_directory, load_content, validate_directory
from bot.content.schema.brand import TEMPLATES
from bot.content.yaml_reader import ContentProblem

__all__ = [
    "EN", "FILES", "LOCALES", "TEMPLATES", "ZH",
    "ApplyRoute", "Brand", "City", "Content", "ContentProblem", "ContentStore", "FaqEntry", "Group",
    "Job", "Lesson", "LocalizedList", "LocalizedText", "MiniProgramPage", "Price", "Product",
    "TutorialSeries", "Welcome",
    "content_directory", "decode", "detect_locale", "encode", "from_data", "has_cjk", "load_content",
    "normalize", "publish", "published_version", "to_data", "validate_directory",
]
