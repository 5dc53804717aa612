"""products.yaml: what the brand sells in its Mini Program, with an exact price."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from yaml.nodes import Node

from bot.content.localized import LocalizedText
from bot.content.model import Price, Product
from bot.content.schema.fields import (
    CARD_TITLE_MAX_BYTES,
    define_id,
    keyword_complaint,
    read_localized,
    read_miniprogram,
    read_url,
)
from bot.content.yaml_reader import DirectoryReader, FileReader

PRODUCTS_FILE = "products.yaml"
CURRENCY_RE = re.compile(r"^[A-Z]{3}$")


def read_products(run: DirectoryReader, default_appid: str) -> list[Product]:
    """products.yaml's products; `default_appid` (brand.yaml's) serves cards that name no appid."""
    r, top = run.top(PRODUCTS_FILE, keys=("products",), defines=("product",))

    def product(node: Node, path: str) -> Product | None:
        f = r.mapping(node, path, required=("id", "name", "miniprogram", "image", "price", "url"),
                      optional=("keywords", "description", "usage"))
        if f is None:
            return None
        product_id = define_id(r, run, "product", f, path)
        name = read_localized(r, f["name"], f"{path}.name", max_bytes=CARD_TITLE_MAX_BYTES) \
            if "name" in f else LocalizedText()
        page = read_miniprogram(r, f["miniprogram"], f"{path}.miniprogram", default_appid=default_appid) \
            if "miniprogram" in f else None
        image = read_url(r, f["image"], f"{path}.image", allow_media=True) if "image" in f else ""
        price = _read_price(r, f["price"], f"{path}.price") if "price" in f else None
        url = read_url(r, f["url"], f"{path}.url") if "url" in f else ""
        keywords = r.words(f["keywords"], f"{path}.keywords", check=keyword_complaint) if "keywords" in f else ()
        description = read_localized(r, f["description"], f"{path}.description", required=False) \
            if "description" in f else LocalizedText()
        usage = read_localized(r, f["usage"], f"{path}.usage", required=False) if "usage" in f else LocalizedText()
        if not (product_id and name and page and image and price and url):
            return None
        return Product(id=product_id, name=name, miniprogram=page, image=image, price=price, url=url,
                       keywords=keywords, description=description, usage=usage)

    return [value for _n, value in r.items(top["products"], "products", product)] if "products" in top else []


def _read_price(r: FileReader, node: Node, path: str) -> Price | None:
    """`{amount, currency}`: a Decimal with at most 2 decimals (never a float) and an ISO 4217 code."""
    f = r.mapping(node, path, required=("amount", "currency"))
    if f is None or "amount" not in f or "currency" not in f:
        return None
    raw = r.text(f["amount"], f"{path}.amount")
    currency = r.text(f["currency"], f"{path}.currency")
    amount: Decimal | None = None
    if raw is not None:
        try:
            amount = Decimal(raw)
        except InvalidOperation:
            amount = None
        if amount is None or not amount.is_finite() or amount < 0:
            r.report(f["amount"], f"{path}.amount", f"expected an amount like 39.00, got {raw!r}")
            amount = None
        elif amount.as_tuple().exponent < -2:  # type: ignore[operator]
            r.report(f["amount"], f"{path}.amount", f"{raw} has more than 2 decimals")
            amount = None
    if currency is not None and not CURRENCY_RE.match(currency):
        r.report(f["currency"], f"{path}.currency", f"expected an ISO 4217 code like CAD, got {currency!r}")
        currency = None
    if amount is None or currency is None:
        return None
    return Price(amount=amount, currency=currency)

