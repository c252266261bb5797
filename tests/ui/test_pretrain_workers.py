"""The Pretrain page's workers: the choice, and a card per worker filled from hand-made DDP events."""

from lab.events import Artifact, Metrics, Progress
from ui.pages.pretrain import PretrainPage
from ui.pages.pretrain_workers import WorkersPanel, worker_values

CORPUS = 1200  # training tokens, split 600 + 600 between two workers


def worker(rank: int) -> Artifact:
    start, end = CORPUS * rank // 2, CORPUS * (rank + 1) // 2
    return Artifact("ddp/worker", {"rank": rank, "world_size": 2, "backend": "gloo", "device": "cpu", "host": "lab",
                                   "shard_start": start, "shard_end": end, "shard_tokens": end - start,
                                   "batch_per_rank": 4})


def step(n: int) -> list:
    """One step of a two-worker run, as the ranks report it: each rank's values, then rank 0's usual ones."""
    return [Metrics(n, {"rank1/step": float(n), "rank1/loss": 5.0 - n / 10, "rank1/tokens": n * 128.0}),
            Metrics(n, {"rank0/step": float(n), "rank0/loss": 5.1 - n / 10, "rank0/tokens": n * 128.0}),
            Metrics(n, {"loss/train": 5.05 - n / 10, "lr": 1e-3, "throughput/tokens_per_s": 900.0}),
            Progress(n, 10)]


def test_the_cards_show_each_workers_shard_step_and_loss(ctx, qtbot):
    page = PretrainPage(ctx)
    qtbot.addWidget(page)
    assert page.workers_panel.isHidden()  # one worker: the page looks as it always did
    page.workers.combo.setCurrentIndex(1)
    assert not page.workers_panel.isHidden() and ctx.facts.get("pretrain.workers") == 2
    page.workers_panel.reset(10)
    page.take_events([worker(1), worker(0), *step(1), *step(2), *step(3)])
    cards = page.workers_panel.cards
    assert sorted(cards) == [0, 1]
    assert cards[0].span.text() == "tokens 0–600" and cards[1].span.text() == "tokens 600–1,200"
    assert cards[0].share.text() == cards[1].share.text() == "50\u00a0% of the corpus"
    assert cards[0].bar.span == (0.0, 0.5) and cards[1].bar.span == (0.5, 1.0)
    assert cards[0].step.text() == "step 3 of 10" and cards[1].step.text() == "step 3 of 10"
    assert cards[1].loss.text() == "last loss 4.700" and cards[1].tokens.text() == "384 tokens read"
    assert list(page.loss_plot.data("loss/train")[0]) == [1, 2, 3]  # rank 0's curve, not the workers' own
    assert ctx.facts.get("pretrain.step") == 3 and ctx.facts.get("pretrain.loss") == 5.05 - 0.3


def test_the_cards_survive_in_the_workspace_and_a_damaged_one_is_skipped(ctx, qtbot):
    panel = WorkersPanel()
    qtbot.addWidget(panel)
    panel.reset(10)
    panel.take([worker(0), worker(1), *step(4)])
    panel.save(ctx.workspace)
    again = WorkersPanel()
    qtbot.addWidget(again)
    again.load(ctx.workspace)
    again.retranslate()
    assert again.cards[1].step.text() == "step 4 of 10" and again.cards[1].bar.span == (0.5, 1.0)
    ctx.workspace.update_state(pretrain_worker_cards={"total_steps": 10, "workers": [{"rank": 0, "step": "x"}]})
    again.load(ctx.workspace)
    assert again.cards == {} and not again.empty.isHidden()


def test_only_the_workers_metrics_have_worker_values():
    assert worker_values(step(2)[0]) == {1: {"step": 2.0, "loss": 4.8, "tokens": 256.0}}
    assert worker_values(step(2)[2]) == {}
