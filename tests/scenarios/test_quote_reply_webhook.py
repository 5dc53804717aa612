"""WeChat's quote-reply through the Official Account webhook (thirty-eighth round, docs/faq.md): the member quotes an
earlier message (the bot's own answer, a friend's question) and adds their words; WeChat sends one text, the quoted
line in 「」, a line of spaced dashes, then what the member typed. Before, the whole text was the question: an
acknowledgement under a quoted answer got that answer again, and a new question under it got the old one's."""

from __future__ import annotations

from bot.sandbox.simulator import Simulator

DASHES = "- - - - - - - - - - - - - - -"


def quoting(quote: str, own: str) -> str:
    return f"「{quote}」\n{DASHES}\n{own}"


def test_thanks_under_a_quoted_answer_is_thanks_not_the_answer_again(simulator: Simulator) -> None:
    quoted = "露米Lumi：仓库收到退货后 2 个工作日内审核并退款"
    reply = simulator.oa_message("o_quote_thanks", quoting(quoted, "好的 谢谢啦"))
    assert reply.status == 200
    assert "2 个工作日" not in reply.text and "退款" not in reply.text, reply.text


def test_a_new_question_under_a_quoted_answer_gets_its_own_answer(simulator: Simulator) -> None:
    quoted = "Lumi: We refund within 2 business days of receiving the return"
    reply = simulator.oa_message("o_quote_new", quoting(quoted, "do you have a store in toronto"))
    assert "Pacific Mall" in reply.text, reply.text


def test_same_question_under_a_friends_quoted_question_answers_it(simulator: Simulator) -> None:
    reply = simulator.oa_message("o_quote_same", quoting("阿美：你们的东西孕妇可以用吗", "我也想知道"))
    assert "孕期" in reply.text, reply.text
