import { RECOVERY_STANCE_LABELS, SUPPORT_RELATIONSHIP_LABELS } from '@carecircle/shared/domain';
import type { RecoveryStance, SupportRelationship } from '@carecircle/web/data-access';
import { useId, type KeyboardEvent } from 'react';
import { ecomapSummary, placeOnCircle, pointToward, zigzagPath, type Point } from './ecomap-layout';

export interface EcomapMember {
  id: string;
  name: string;
  relationship: SupportRelationship;
  stance: RecoveryStance;
  involvedInTreatment: boolean;
}

/** Colour, line style and words per stance: the line style and the text carry it without colour. */
export const STANCE_STYLE: Record<RecoveryStance, { color: string; tint: string; line: string }> = {
  SUPPORTIVE: { color: '#1b7a43', tint: '#e2f3e8', line: 'solid line' },
  NEUTRAL: { color: '#56646e', tint: '#eceff2', line: 'dashed line' },
  RISK: { color: '#a8261b', tint: '#fdf0ee', line: 'zigzag line' },
};

const WIDTH = 560;
const HEIGHT = 400;
const CENTER: Point = { x: WIDTH / 2, y: HEIGHT / 2 };
const RADIUS = 150;
const CLIENT_RADIUS = 46;
const NODE_W = 136;
const NODE_H = 42;

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function Tie({ from, to, stance }: { from: Point; to: Point; stance: RecoveryStance }) {
  const start = pointToward(from, to, CLIENT_RADIUS);
  const style = STANCE_STYLE[stance];
  if (stance === 'RISK') {
    return <path d={zigzagPath(start, to, 5, 12)} fill="none" stroke={style.color} strokeWidth={2.5} strokeLinejoin="round" />;
  }
  return (
    <line
      x1={start.x}
      y1={start.y}
      x2={to.x}
      y2={to.y}
      stroke={style.color}
      strokeWidth={stance === 'SUPPORTIVE' ? 4 : 2.5}
      strokeDasharray={stance === 'NEUTRAL' ? '8 6' : undefined}
    />
  );
}

/** A legend sample of the line style for a stance. */
function LineSample({ stance }: { stance: RecoveryStance }) {
  const a = { x: 2, y: 8 };
  const b = { x: 42, y: 8 };
  const style = STANCE_STYLE[stance];
  return (
    <svg width="44" height="16" aria-hidden="true" focusable="false">
      {stance === 'RISK' ? (
        <path d={zigzagPath(a, b, 4, 10)} fill="none" stroke={style.color} strokeWidth={2.5} />
      ) : (
        <line
          x1={a.x}
          y1={a.y}
          x2={b.x}
          y2={b.y}
          stroke={style.color}
          strokeWidth={stance === 'SUPPORTIVE' ? 4 : 2.5}
          strokeDasharray={stance === 'NEUTRAL' ? '8 6' : undefined}
        />
      )}
    </svg>
  );
}

export interface EcomapProps {
  clientName: string;
  members: readonly EcomapMember[];
  /**
   * For those who may change the network: each member's node becomes a button that selects them
   * (the section then offers edit and remove). Without it the diagram is a single image.
   */
  onSelectMember?: (memberId: string) => void;
  selectedMemberId?: string | null;
}

function memberNodeLabel(member: EcomapMember): string {
  const relationship = SUPPORT_RELATIONSHIP_LABELS[member.relationship].toLowerCase();
  const stance = RECOVERY_STANCE_LABELS[member.stance].toLowerCase();
  return `${member.name}, ${relationship}, ${stance}${member.involvedInTreatment ? ', involved in treatment' : ''}: edit or remove`;
}

/**
 * The support network as an ecomap: the client in the centre, each member around them, tied by a
 * line whose colour, style and label say how they relate to the recovery.
 */
export function Ecomap({ clientName, members, onSelectMember, selectedMemberId }: EcomapProps) {
  const legendId = useId();
  const interactive = Boolean(onSelectMember);
  const select = (id: string) => onSelectMember?.(id);
  const onNodeKey = (event: KeyboardEvent<SVGGElement>, id: string) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      select(id);
    }
  };
  const placed = placeOnCircle(members, CENTER, RADIUS);
  const summary = ecomapSummary(clientName, members);
  return (
    <figure className="cc-ecomap">
      <svg
        className="cc-ecomap__svg"
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        // With selectable members the diagram is a group of buttons, named by the same summary.
        role={interactive ? 'group' : 'img'}
        aria-label={summary}
        aria-describedby={legendId}
        preserveAspectRatio="xMidYMid meet"
      >
        {placed.map((node) => (
          <Tie key={`tie-${node.item.id}`} from={CENTER} to={node} stance={node.item.stance} />
        ))}
        <circle cx={CENTER.x} cy={CENTER.y} r={CLIENT_RADIUS} fill="#1d5c63" />
        <text x={CENTER.x} y={CENTER.y + 5} textAnchor="middle" fill="#ffffff" fontSize="15" fontWeight="600">
          {truncate(clientName, 12)}
        </text>
        {placed.map((node) => {
          const style = STANCE_STYLE[node.item.stance];
          const selected = interactive && node.item.id === selectedMemberId;
          return (
            <g
              key={node.item.id}
              transform={`translate(${node.x - NODE_W / 2} ${node.y - NODE_H / 2})`}
              {...(interactive
                ? {
                    role: 'button',
                    tabIndex: 0,
                    'aria-label': memberNodeLabel(node.item),
                    'aria-pressed': selected,
                    className: selected ? 'cc-ecomap__node cc-ecomap__node--selected' : 'cc-ecomap__node',
                    onClick: () => select(node.item.id),
                    onKeyDown: (event: KeyboardEvent<SVGGElement>) => onNodeKey(event, node.item.id),
                  }
                : {})}
            >
              {selected && <rect x={-4} y={-4} width={NODE_W + 8} height={NODE_H + 8} rx={11} fill="none" stroke="#1c2a33" strokeWidth={2} />}
              <rect
                width={NODE_W}
                height={NODE_H}
                rx={8}
                fill={style.tint}
                stroke={style.color}
                strokeWidth={node.item.involvedInTreatment ? 2.5 : 1.5}
                strokeDasharray={node.item.stance === 'NEUTRAL' ? '5 3' : undefined}
              />
              <text x={NODE_W / 2} y={17} textAnchor="middle" fontSize="13" fontWeight="600" fill="#1c2a33">
                {truncate(node.item.name, 19)}
              </text>
              <text x={NODE_W / 2} y={33} textAnchor="middle" fontSize="11.5" fill={style.color} fontWeight="600">
                {RECOVERY_STANCE_LABELS[node.item.stance]} · {SUPPORT_RELATIONSHIP_LABELS[node.item.relationship]}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption id={legendId}>
        <ul className="cc-ecomap__legend" aria-label="Ecomap legend">
          {(['SUPPORTIVE', 'NEUTRAL', 'RISK'] as const).map((stance) => (
            <li key={stance}>
              <LineSample stance={stance} />
              <span>
                <strong>{RECOVERY_STANCE_LABELS[stance]}</strong> ({STANCE_STYLE[stance].line})
              </span>
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
