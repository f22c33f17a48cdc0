"""The audit log: verify its hash chains, here or on the central store."""

from __future__ import annotations

import argparse

from windowdesk.cli.arguments import open_context


def register(subparsers: argparse._SubParsersAction) -> None:
    group = subparsers.add_parser("audit", help="审计记录").add_subparsers(
        dest="audit_command", metavar="ACTION", required=True
    )
    p = group.add_parser("verify", help="校验审计记录的哈希链，报告第一处断链（退出码 1）")
    p.add_argument(
        "--central",
        metavar="URL",
        help="校验中心库中各站点各设备的审计链（以中心库所有者身份连接），并把断链记入中心库",
    )
    p.set_defaults(handler=cmd_verify)


def cmd_verify(args: argparse.Namespace) -> int:
    from windowdesk.services import audit

    if args.central:
        report = audit.verify_central(args.central)
    else:
        ctx = open_context(args.db)
        try:
            report = audit.verify_local(ctx)
        finally:
            ctx.store.dispose()
    print(
        f"{report.where}：已校验 {report.entries} 条审计记录，{report.chains} 条链"
        + (f"（另有 {report.unchained} 条早于哈希链，未受保护）" if report.unchained else "")
    )
    if report.intact:
        print("审计链完好")
        return 0
    print(f"第一处断链：{report.first_break.describe()}")
    if len(report.breaks) > 1:
        print(f"共 {len(report.breaks)} 处断链")
    return 1
